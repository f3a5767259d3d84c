package io.drydock.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.image.ImageConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The config each metadata instruction leaves and the history line dockerd 20.10 records for it (read off a real dockerd). */
class MetadataStepsTest {
  private final BuildStage stage = new BuildStage("0", Optional.of("sha256:x"), ImageConfig.EMPTY.withEnv(List.of("PATH=/bin")));

  private String apply(String line) {
    Instruction in = DockerfileParser.parse("FROM x\n" + line + "\n").instructions().get(1);
    return MetadataSteps.apply(stage, in, '\\');
  }

  @Test
  void envSubstitutesFromArgsAndEarlierEnvAndRecordsTheValues() {
    stage.args.put("V", "7");
    assertThat(apply("ENV X=${V}y \\\n    Y=\"two words\"")).isEqualTo("#(nop)  ENV X=7y Y=two words");
    assertThat(apply("ENV Z=$X-$Y")).isEqualTo("#(nop)  ENV Z=7y-two words");
    assertThat(apply("ENV V=env")).isEqualTo("#(nop)  ENV V=env");
    assertThat(stage.lookup("V")).as("ENV wins over ARG").isEqualTo("env");
    assertThat(stage.effectiveArgs()).as("an ARG shadowed by ENV is not a RUN's build arg").isEmpty();
    assertThat(stage.config.env()).containsExactly("PATH=/bin", "X=7y", "Y=two words", "Z=7y-two words", "V=env");
  }

  @Test
  void cmdAndEntrypointInBothFormsAndAnEntrypointClearsAnInheritedCmd() {
    stage.config = stage.config.withCmd(List.of("inherited"));
    assertThat(apply("ENTRYPOINT [\"echo\"]")).isEqualTo("#(nop)  ENTRYPOINT [\"echo\"]");
    assertThat(stage.config.cmd()).isEmpty();
    assertThat(apply("CMD echo \"hi\"")).isEqualTo("#(nop)  CMD [\"/bin/sh\" \"-c\" \"echo \\\"hi\\\"\"]");
    assertThat(stage.config.cmd()).containsExactly("/bin/sh", "-c", "echo \"hi\"");
    apply("ENTRYPOINT top");
    assertThat(stage.config.cmd()).as("CMD set in this stage survives").containsExactly("/bin/sh", "-c", "echo \"hi\"");
  }

  @Test
  void shellChangesTheShellFormAndMustBeJson() {
    assertThat(apply("SHELL [\"/bin/sh\", \"-xc\"]")).isEqualTo("#(nop)  SHELL [/bin/sh -xc]");
    apply("CMD true");
    assertThat(stage.config.cmd()).containsExactly("/bin/sh", "-xc", "true");
    assertThatThrownBy(() -> apply("SHELL /bin/sh -c")).hasMessage("SHELL requires the arguments to be in JSON form");
  }

  @Test
  void workdirResolvesAgainstThePreviousOne() {
    assertThat(apply("WORKDIR /app")).isEqualTo("#(nop) WORKDIR /app");
    assertThat(apply("WORKDIR sub/../lib")).isEqualTo("#(nop) WORKDIR /app/lib");
  }

  @Test
  void exposeVolumeUserLabelStopsignal() {
    assertThat(apply("EXPOSE 80 443/udp")).isEqualTo("#(nop)  EXPOSE 443/udp 80");
    assertThat(stage.config.exposedPorts()).containsExactlyInAnyOrder("80/tcp", "443/udp");
    assertThat(apply("VOLUME /data /x")).isEqualTo("#(nop)  VOLUME [/data /x]");
    assertThat(apply("VOLUME [\"/j\"]")).isEqualTo("#(nop)  VOLUME [/j]");
    assertThat(stage.config.volumes()).containsExactlyInAnyOrder("/data", "/x", "/j");
    assertThat(apply("USER nobody")).isEqualTo("#(nop)  USER nobody");
    assertThat(apply("LABEL a=b \"c d\"='e f'")).isEqualTo("#(nop)  LABEL a=b c d=e f");
    assertThat(stage.config.labels()).containsEntry("c d", "e f");
    assertThat(apply("STOPSIGNAL SIGKILL")).isEqualTo("#(nop)  STOPSIGNAL SIGKILL");
    assertThatThrownBy(() -> apply("USER a b")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("USER requires exactly one argument");
  }

  @Test
  void healthcheckAsDockerdPrintsIt() {
    assertThat(apply("HEALTHCHECK --interval=5s --retries=2 CMD true"))
        .isEqualTo("#(nop)  HEALTHCHECK &{[\"CMD-SHELL\" \"true\"] \"5s\" \"0s\" \"0s\" '\\x02'}");
    assertThat(stage.config.healthcheck().interval()).isEqualTo(5_000_000_000L);
    apply("HEALTHCHECK NONE");
    assertThat(stage.config.healthcheck().test()).containsExactly("NONE");
    assertThatThrownBy(() -> apply("HEALTHCHECK --bogus=1 CMD x")).hasMessage("Unknown flag: bogus");
  }

  @Test
  void goDurations() {
    assertThat(GoText.duration(0)).isEqualTo("0s");
    assertThat(GoText.duration(500_000_000L)).isEqualTo("500ms");
    assertThat(GoText.duration(1_500_000_000L)).isEqualTo("1.5s");
    assertThat(GoText.duration(90_000_000_000L)).isEqualTo("1m30s");
    assertThat(GoText.duration(7_200_000_000_000L)).isEqualTo("2h0m0s");
  }

  @Test
  void argDeclarations() {
    assertThat(ArgDeclaration.parse("V=1", '\\', k -> null)).isEqualTo(new ArgDeclaration("V", "1"));
    assertThat(ArgDeclaration.parse("V", '\\', k -> null)).isEqualTo(new ArgDeclaration("V", null));
    BuildArgs args = new BuildArgs(java.util.Map.of("V", "7", "UNUSED", "x", "HTTP_PROXY", "p"));
    assertThat(args.declare("V", "1")).isEqualTo("7");
    assertThat(args.declare("W", "d")).isEqualTo("d");
    assertThat(args.unused()).containsExactly("UNUSED");
    assertThat(args.predefined()).containsEntry("HTTP_PROXY", "p");
  }

  @Test
  void envPairsSeeTheValuesFromBeforeTheirInstructionAsInDockerd() {
    apply("ENV abc=hello");
    assertThat(apply("ENV abc=bye def=$abc")).isEqualTo("#(nop)  ENV abc=bye def=hello");
    apply("ENV ghi=$abc");
    assertThat(stage.config.env()).containsExactly("PATH=/bin", "abc=bye", "def=hello", "ghi=bye");
  }

  @Test
  void healthcheckFlagsAreCheckedByName() {
    apply("HEALTHCHECK --interval=5s --retries=2 CMD true");
    assertThat(stage.config.healthcheck().interval()).isEqualTo(5_000_000_000L);
    assertThat(stage.config.healthcheck().retries()).isEqualTo(2);
    assertThatThrownBy(() -> apply("HEALTHCHECK --color=red CMD true")).hasMessage("Unknown flag: color");
  }
}
