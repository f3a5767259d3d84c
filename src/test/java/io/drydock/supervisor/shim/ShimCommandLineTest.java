package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.HelperBinary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShimCommandLineTest {
  @Test
  void allOptionsComeBeforeTheCommand() {
    ShimSpec spec = new ShimSpec("c1", Path.of("/run/dd/c1"), List.of("sh", "-c", "--tty"), Map.of(), true, true,
        Optional.of(new TtySize(24, 80)), new LogOptions(1000, 3), true);
    assertThat(ShimCommandLine.of(Path.of("/h"), spec)).containsExactly(
        "/h", "shim", "--id=c1", "--state-dir=/run/dd/c1", "--log-path=/run/dd/c1/c1-json.log", "--log-max-size=1000",
        "--log-max-file=3", "--tty", "--stdin", "--hold", "--rows=24", "--cols=80", "--", "sh", "-c", "--tty");
  }

  @Test
  void theNoneDriverAsksForNoLogAndCompressionForGzippedRotation() {
    ShimSpec none = ShimSpec.of("c1", Path.of("/run/dd/c1"), List.of("true")).withLog(LogOptions.discarded());
    assertThat(ShimCommandLine.of(Path.of("/h"), none)).containsExactly("/h", "shim", "--id=c1", "--state-dir=/run/dd/c1", "--no-log", "--", "true");
    ShimSpec gz = ShimSpec.of("c1", Path.of("/run/dd/c1"), List.of("true")).withLog(new LogOptions(1000, 5, true, false));
    assertThat(ShimCommandLine.of(Path.of("/h"), gz)).contains("--log-max-size=1000", "--log-max-file=5", "--log-compress");
  }

  @Test
  void theHelperReportsBadUsageAsARecord() throws Exception {
    assertThat(runHelper("--id=x", "--state-dir=relative", "--", "true")).isEqualTo("2 {\"ok\":false,\"step\":\"usage\",\"errno\":22}");
    assertThat(runHelper("--id=x", "--state-dir=/tmp", "--log-max-file=0", "--", "true")).startsWith("2 {\"ok\":false,\"step\":\"usage\"");
    assertThat(runHelper("--id=x", "--state-dir=/tmp", "--bogus", "--", "true")).startsWith("2 {\"ok\":false,\"step\":\"usage\"");
    assertThat(runHelper("--id=x", "--state-dir=/tmp")).startsWith("2 {\"ok\":false,\"step\":\"usage\"");
  }

  @Test
  void aMissingStateDirectoryFailsAtTheStateDirStep() throws Exception {
    assertThat(runHelper("--id=x", "--state-dir=/nonexistent/drydock-shim-test", "--", "true"))
        .isEqualTo("1 {\"ok\":false,\"step\":\"state-dir\",\"errno\":2}");
  }

  private static String runHelper(String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of(HelperBinary.locate(HelperBinary.HELPER).toString(), "shim"));
    argv.addAll(List.of(args));
    Process p = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() + " " + out;
  }
}
