package io.drydock.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An OCI bundle whose rootfs holds only the static busybox of Debian's busybox-static package,
 * the same for every runtime measured, so that a ratio compares runtimes and not images; its
 * config a minimal one ({@link #create}) or one drydock's engine wrote ({@link #withEngineConfig}).
 */
final class BusyboxBundle implements AutoCloseable {
  static final Path BUSYBOX = Path.of("/usr/bin/busybox");
  private static final List<String> APPLETS = List.of("sh", "true", "echo", "sleep", "cat");

  final Path dir;

  private BusyboxBundle(Path dir) {
    this.dir = dir;
  }

  static BusyboxBundle create(String... args) throws IOException {
    Path dir = rootfs();
    Files.writeString(dir.resolve("config.json"), config(args));
    return new BusyboxBundle(dir);
  }

  /**
   * A bundle whose config is {@code engineConfig} (a config.json drydock's engine wrote) made to
   * stand alone: the root is this bundle's rootfs, each bind's source (the /etc files the engine
   * wrote) a copy in the bundle, namespaces new rather than joined, and the cgroup at
   * {@code cgroupsPath}. Everything else — seccomp, devices, mounts, masked paths, capabilities — is
   * the engine's.
   */
  static BusyboxBundle withEngineConfig(Path engineConfig, String cgroupsPath) throws IOException {
    Path dir = rootfs();
    for (String file : List.of("hostname", "hosts", "resolv.conf")) {
      Files.createFile(dir.resolve("rootfs/etc").resolve(file));
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode config = (ObjectNode) json.readTree(engineConfig.toFile());
    config.putObject("root").put("path", "rootfs").put("readonly", false);
    int copies = 0;
    for (JsonNode m : config.path("mounts")) {
      Path source = Path.of(m.path("source").asText("/"));
      if (!m.path("type").asText().equals("bind")) {
        continue;
      }
      Path copy = dir.resolve("binds").resolve(copies++ + "-" + source.getFileName());
      Files.createDirectories(copy.getParent());
      if (Files.isDirectory(source)) {
        Files.createDirectory(copy);
      } else {
        Files.copy(source, copy);
      }
      ((ObjectNode) m).put("source", copy.toString());
    }
    ObjectNode linux = (ObjectNode) config.path("linux");
    linux.put("cgroupsPath", cgroupsPath);
    for (JsonNode ns : linux.path("namespaces")) {
      ((ObjectNode) ns).remove("path");
    }
    Files.writeString(dir.resolve("config.json"), json.writeValueAsString(config));
    return new BusyboxBundle(dir);
  }

  /** A new bundle directory with the busybox rootfs. */
  private static Path rootfs() throws IOException {
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
    return dir;
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
