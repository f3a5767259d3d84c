package io.drydock.conformance.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class Dockerd2010DifferencesTest {
  private static final Pattern TAG = Pattern.compile("@dockerd-20\\.10-[a-z0-9.-]+");

  @Test
  void aKnownTagGivesItsReasonOthersNone() {
    assertThat(Dockerd2010Differences.reason(List.of("@scenario", "@dockerd-20.10-answers-500")))
        .hasValueSatisfying(r -> assertThat(r).startsWith("tagged @dockerd-20.10-answers-500: dockerd 20.10 answers"));
    assertThat(Dockerd2010Differences.reason(List.of("@scenario", "@containers"))).isEmpty();
  }

  @Test
  void everyDockerd2010TagInFeaturesHasAReasonAndAHook() throws Exception {
    String hook = GlueHooks.class.getMethod("skipKnownDockerd2010Difference", io.cucumber.java.Scenario.class)
        .getAnnotation(io.cucumber.java.Before.class).value();
    try (Stream<Path> files = Files.list(Path.of("features"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
        Matcher m = TAG.matcher(Files.readString(f));
        while (m.find()) {
          assertThat(Dockerd2010Differences.reason(Set.of(m.group()))).as("%s in %s", m.group(), f).isPresent();
          assertThat(hook).as("the hook's tag expression").contains(m.group());
        }
      }
    }
  }
}
