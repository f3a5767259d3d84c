package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportChangesTest {
  private static ImageConfig apply(String... changes) {
    return ImportChanges.apply(ImageConfig.EMPTY, List.of(changes));
  }

  @Test
  void commandsInJsonAndShellForm() {
    assertThat(apply("CMD [\"a\",\"b c\"]").cmd()).containsExactly("a", "b c");
    assertThat(apply("cmd echo hi").cmd()).containsExactly("/bin/sh", "-c", "echo hi");
    assertThat(apply("ENTRYPOINT [\"/e\"]").entrypoint()).containsExactly("/e");
  }

  @Test
  void entrypointResetsAnEarlierCmdUnlessCmdWasSetInTheSameChanges() {
    ImageConfig base = ImageConfig.EMPTY.withCmd(List.of("old"));
    assertThat(ImportChanges.apply(base, List.of("ENTRYPOINT /e")).cmd()).isEmpty();
    assertThat(ImportChanges.apply(base, List.of("CMD new", "ENTRYPOINT /e")).cmd()).containsExactly("/bin/sh", "-c", "new");
  }

  @Test
  void envLabelPortsVolumesWorkdirUserSignal() {
    ImageConfig c = apply("ENV A=1", "ENV B two words", "ENV A=3", "LABEL x=\"y z\"", "EXPOSE 80 53/udp 8000-8001",
        "VOLUME [\"/data\"]", "VOLUME /a /b", "WORKDIR /srv", "WORKDIR app", "USER nobody", "STOPSIGNAL SIGINT");
    assertThat(c.env()).containsExactly("B=two words", "A=3");
    assertThat(c.labels()).containsEntry("x", "y z");
    assertThat(c.exposedPorts()).containsExactlyInAnyOrder("80/tcp", "53/udp", "8000/tcp", "8001/tcp");
    assertThat(c.volumes()).containsExactlyInAnyOrder("/data", "/a", "/b");
    assertThat(c.workingDir()).isEqualTo("/srv/app");
    assertThat(c.user()).isEqualTo("nobody");
    assertThat(c.stopSignal()).isEqualTo("SIGINT");
  }

  @Test
  void badInstructionsAreRefusedInDockerdsWords() {
    assertThatThrownBy(() -> apply("COPY a b")).isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("copy is not a valid change command");
    assertThatThrownBy(() -> apply("FOO bar")).hasMessage("foo is not a valid change command");
    assertThatThrownBy(() -> apply("ENV")).hasMessage("ENV requires at least one argument");
    assertThatThrownBy(() -> apply("ENV A")).hasMessage("ENV must have two arguments");
    assertThatThrownBy(() -> apply("USER a b")).hasMessage("USER requires exactly one argument");
    assertThatThrownBy(() -> apply("EXPOSE 70000")).hasMessage("Invalid containerPort: 70000");
    assertThatThrownBy(() -> apply("STOPSIGNAL kill!")).hasMessage("Invalid signal: kill!");
  }
}
