package io.drydock.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine the scenarios talk to: {@code DOCKER_HOST} when set (so the same features run against
 * dockerd or any other engine), otherwise one drydock daemon started for this test JVM in a temp
 * directory and stopped after the last scenario (or, at the latest, when the JVM exits).
 */
final class TestEngine {
  private static DaemonProcess daemon;
  private static Path dir;

  private TestEngine() {}

  static Optional<String> externalHost() {
    return Optional.ofNullable(System.getenv("DOCKER_HOST")).filter(h -> !h.isBlank());
  }

  static synchronized String dockerHost() {
    Optional<String> external = externalHost();
    if (external.isPresent()) {
      return external.get();
    }
    if (daemon == null) {
      try {
        dir = Files.createTempDirectory("drydock-scenario");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      daemon = DaemonProcess.start(dir);
      Runtime.getRuntime().addShutdownHook(new Thread(TestEngine::stop, "drydock-scenario-stop"));
    }
    return daemon.dockerHost();
  }

  /** The directory of the daemon started here (its data root is inside), once it runs. */
  static synchronized Optional<Path> daemonDir() {
    return Optional.ofNullable(dir);
  }

  static synchronized void stop() {
    if (daemon != null) {
      daemon.stop();
      daemon = null;
      deleteTree(dir);
    }
  }

  /**
   * Detaches whatever a daemon left mounted below {@code root} (a rootfs, a netns file of a
   * container that outlived a failed test), deepest first, so the tree can go and no mount leaks.
   */
  static void detachMountsUnder(Path root) {
    List<Path> mounted = new java.util.ArrayList<>();
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
        Path point = Path.of(line.split(" ")[4].replace("\\040", " "));
        if (point.startsWith(root)) {
          mounted.add(point);
        }
      }
    } catch (IOException e) {
      return;
    }
    mounted.sort(Comparator.comparingInt(Path::getNameCount).reversed());
    mounted.forEach(io.drydock.os.MountCalls::unmountDetached);
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    detachMountsUnder(root);
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("delete " + root, e);
    }
  }
}
