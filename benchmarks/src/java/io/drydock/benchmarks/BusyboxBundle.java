package io.drydock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An OCI bundle whose rootfs holds only the static busybox of Debian's busybox-static package,
 * the same for every runtime measured, so that a ratio compares runtimes and not images.
 */
final class BusyboxBundle implements AutoCloseable {
  static final Path BUSYBOX = Path.of("/usr/bin/busybox");
  private static final List<String> APPLETS = List.of("sh", "true", "echo", "sleep", "cat");

  final Path dir;

  private BusyboxBundle(Path dir) {
    this.dir = dir;
  }

  static BusyboxBundle create(String... args) throws IOException {
    if (!Files.isExecutable(BUSYBOX)) {
      throw new IllegalStateException("needs busybox-static (" + BUSYBOX + ")");
    }
    Path dir = Files.createTempDirectory("drydock-bench-bundle-");
    Path bin = Files.createDirectories(dir.resolve("rootfs/bin"));
    Files.copy(BUSYBOX, bin.resolve("busybox"));
    for (String applet : APPLETS) {
      Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
    }
    for (String d : List.of("proc", "dev", "sys", "tmp", "etc")) {
      Files.createDirectories(dir.resolve("rootfs").resolve(d));
    }
    Files.writeString(dir.resolve("config.json"), config(args));
    return new BusyboxBundle(dir);
  }

  private static String config(String... args) {
    StringBuilder quoted = new StringBuilder();
    for (String a : args) {
      quoted.append(quoted.length() == 0 ? "" : ",").append('"').append(a).append('"');
    }
    return """
        {
          "ociVersion": "1.0.2",
          "process": {
            "terminal": false,
            "user": {"uid": 0, "gid": 0},
            "args": [%s],
            "env": ["PATH=/bin"],
            "cwd": "/",
            "capabilities": {
              "bounding": ["CAP_KILL", "CAP_AUDIT_WRITE", "CAP_NET_BIND_SERVICE"],
              "effective": ["CAP_KILL", "CAP_AUDIT_WRITE", "CAP_NET_BIND_SERVICE"],
              "permitted": ["CAP_KILL", "CAP_AUDIT_WRITE", "CAP_NET_BIND_SERVICE"]
            },
            "noNewPrivileges": true
          },
          "root": {"path": "rootfs", "readonly": true},
          "hostname": "bench",
          "mounts": [
            {"destination": "/proc", "type": "proc", "source": "proc"},
            {"destination": "/dev", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "strictatime", "mode=755", "size=65536k"]},
            {"destination": "/dev/pts", "type": "devpts", "source": "devpts", "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"]},
            {"destination": "/dev/shm", "type": "tmpfs", "source": "shm", "options": ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"]},
            {"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "noexec", "nodev", "ro"]}
          ],
          "linux": {
            "namespaces": [{"type": "pid"}, {"type": "network"}, {"type": "ipc"}, {"type": "uts"}, {"type": "mount"}],
            "maskedPaths": ["/proc/kcore", "/proc/keys", "/proc/timer_list", "/sys/firmware"],
            "readonlyPaths": ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"]
          }
        }
        """.formatted(quoted);
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
