package io.drydock.scenario;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpHead;
import io.drydock.conformance.glue.HttpResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The resident memory of an idle daemon started with the JVM flags {@code bin/drydock} uses
 * ({@code bin/jvm.options}, and {@code MALLOC_ARENA_MAX=2} as the script exports): after start-up
 * and a little traffic, then a quiet spell, {@code VmRSS} is read from {@code /proc} and reported.
 * The design target is 110 MiB (what dockerd and containerd use together); the assertion is a
 * generous ceiling, since the figure depends on the JDK build and the machine, and the measured
 * figure is recorded in README "Memory".
 */
@KernelTest
class IdleDaemonMemoryKernelTest {
  static final Path JVM_OPTIONS = Path.of("bin", "jvm.options");
  static final long CEILING_KIB = 200L * 1024;
  static final long IDLE_MILLIS = 15_000;

  static List<String> jvmOptions() throws IOException {
    return Files.readAllLines(JVM_OPTIONS).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  @Test
  void theScriptsFlagsAreTheOnesMeasured() throws IOException {
    assertThat(jvmOptions()).contains("-XX:+UseSerialGC").allMatch(o -> o.startsWith("-X"));
    assertThat(Files.readString(Path.of("bin", "drydock"))).contains("bin/jvm.options").contains("MALLOC_ARENA_MAX");
  }

  @Test
  void anIdleDaemonStaysUnderTheCeiling() throws IOException {
    Path dir = Files.createTempDirectory("drydock-rss");
    try (DaemonProcess d = DaemonProcess.start(dir, jvmOptions(), Map.of("MALLOC_ARENA_MAX", "2"))) {
      EngineClient client = new EngineClient(d.dockerHost());
      for (int i = 0; i < 5; i++) {
        assertThat(client.request("GET", "/_ping").head().status()).isEqualTo(200);
        assertThat(client.request("GET", "/info").head().status()).isEqualTo(200);
        assertThat(client.request("GET", "/containers/json?all=1").head().status()).isEqualTo(200);
        assertThat(client.request("GET", "/images/json").head().status()).isEqualTo(200);
      }
      DaemonProcess.sleep(IDLE_MILLIS);
      long rssKib = vmRssKib(d.pid());
      System.out.printf("idle daemon VmRSS: %d KiB (%.1f MiB) with %s%n", rssKib, rssKib / 1024.0, jvmOptions());
      assertThat(rssKib).as("idle VmRSS in KiB").isPositive().isLessThan(CEILING_KIB);
      assertThat(threadNames(d.pid())).as("an idle daemon builds no registry client (TLS, a selector thread)")
          .isNotEmpty().noneMatch(n -> n.startsWith("HttpClient"));
    } finally {
      TestEngine.deleteTree(dir);
    }
  }

  static List<String> threadNames(long pid) throws IOException {
    try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      List<String> names = new java.util.ArrayList<>();
      for (Path t : tasks.toList()) {
        names.add(Files.readString(t.resolve("comm")).strip());
      }
      return names;
    }
  }

  static long vmRssKib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }
}
