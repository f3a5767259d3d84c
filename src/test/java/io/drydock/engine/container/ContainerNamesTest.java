package io.drydock.engine.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContainerNamesTest {
  @Test
  void wordListsAreLargeDistinctAndPlainLowercase() {
    assertThat(NameWords.ADJECTIVES).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates()
        .allMatch(w -> w.matches("[a-z]+"));
    assertThat(NameWords.SURNAMES).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates()
        .allMatch(w -> w.matches("[a-z]+"));
  }

  @Test
  void generatedNamesHaveDockersShape() {
    Random random = new Random(11);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      String plain = ContainerNames.generate(random, 0);
      assertThat(plain).matches("[a-z]+_[a-z]+");
      assertThat(ContainerNames.generate(random, 1)).matches("[a-z]+_[a-z]+[0-9]");
      seen.add(plain);
    }
    assertThat(seen).hasSizeGreaterThan(400);
  }

  @Test
  void canonicalFormAndRefusal() {
    assertThat(ContainerNames.canonical("web.1_a-b")).isEqualTo("/web.1_a-b");
    assertThat(ContainerNames.canonical("/web")).isEqualTo("/web");
    for (String bad : new String[] {"", "/", "a", "_a", "-a", ".a", "a b", "a/b", "//a", "é1"}) {
      assertThatThrownBy(() -> ContainerNames.canonical(bad))
          .isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessage("Invalid container name (" + bad
              + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    }
  }

  @Test
  void statusWordsRoundTrip() {
    for (ContainerStatus s : ContainerStatus.values()) {
      assertThat(ContainerStatus.fromDockerName(s.dockerName())).isEqualTo(s);
    }
    assertThatThrownBy(() -> ContainerStatus.fromDockerName("up"))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Invalid filter 'status=up'");
  }
}
