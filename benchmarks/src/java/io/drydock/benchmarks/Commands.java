package io.drydock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs peer binaries the way a user would, and fails loudly when they fail. */
final class Commands {
  private Commands() {}

  static int run(String prefix, String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(Arrays.asList(prefix.trim().split("\\s+")));
    argv.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.PIPE).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", argv) + ": timed out");
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", argv) + ": exit " + p.exitValue() + ": " + new String(p.getErrorStream().readAllBytes()));
    }
    return p.exitValue();
  }

  /** The absolute path of {@code name} on PATH. */
  static Path which(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path p = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isExecutable(p)) {
        return p.toAbsolutePath();
      }
    }
    throw new IllegalStateException(name + ": not found on PATH");
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
