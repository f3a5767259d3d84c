package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.HostFacts;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code src/test/c/pty-sender.c}, built here with {@code cc}: a shim command that sends a pty
 * master over the shim's console socket, as drydock's helper does from inside a container, so the
 * shim's side of {@code --tty} is tested without namespaces.
 */
final class PtySender {
  private static final Path SOURCE = Path.of("src/test/c/pty-sender.c");

  private PtySender() {}

  /** Compiles the sender into {@code dir}; skips (fails under CI) without a C compiler. */
  static Path build(Path dir) throws IOException, InterruptedException {
    Requirements.require("cc", HostFacts.onPath("cc") ? Optional.empty() : Optional.of("needs cc to build the pty sender"));
    Path binary = dir.resolve("pty-sender");
    Process cc = new ProcessBuilder("cc", "-Wall", "-Wextra", "-Werror", "-o", binary.toString(), SOURCE.toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    String output = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(cc.waitFor(60, TimeUnit.SECONDS)).as("cc finished").isTrue();
    assertThat(cc.exitValue()).as("cc: %s", output).isZero();
    return binary;
  }

  /** The shim command: the sender, the shim's console socket, then {@code command}. */
  static List<String> command(Path sender, ShimSpec shim, List<String> command) {
    List<String> argv = new ArrayList<>(List.of(sender.toString(), shim.paths().consoleSocket().toString()));
    argv.addAll(command);
    return argv;
  }
}
