package io.drydock.scenario;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpHead;
import io.drydock.conformance.glue.HttpResult;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sixteen clients at once against one daemon, each on its own connections: create, start, wait,
 * logs, inspect and remove busybox containers, with {@code /_ping} and {@code /containers/json}
 * in between, for a bounded number of rounds (and at most a bounded time). Every answer is
 * checked, and afterwards nothing of the containers is left: no container, no mount under the
 * daemon's directories, no cgroup, no process. A correctness test: nothing here is timed.
 */
@KernelTest
class ConcurrentClientsKernelTest {
  static final int CLIENTS = 16;
  static final int ROUNDS = 4;
  static final Duration LIMIT = Duration.ofMinutes(6);
  static final List<String> CONTROLLERS = List.of("memory", "pids", "cpu", "cpuacct", "cpuset", "devices", "freezer", "blkio", "unified");

  private final Queue<String> failures = new ConcurrentLinkedQueue<>();
  private final Set<String> ids = ConcurrentHashMap.newKeySet();
  private final AtomicInteger rounds = new AtomicInteger();

  @Test
  void sixteenClientsGetCorrectAnswersAndLeaveNothingBehind() throws Exception {
    try (LiveDaemon live = LiveDaemon.start("drydock-load")) {
      String tag = UUID.randomUUID().toString().substring(0, 6);
      long deadline = System.nanoTime() + LIMIT.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      CountDownLatch go = new CountDownLatch(1);
      try {
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          pool.submit(() -> {
            go.await();
            for (int r = 0; r < ROUNDS && System.nanoTime() < deadline; r++) {
              StringBuilder step = new StringBuilder();
              try {
                round(live, "load-" + tag + "-" + client + "-" + r, r % 3, step);
                rounds.incrementAndGet();
              } catch (RuntimeException | AssertionError e) {
                failures.add("client " + client + " round " + r + " at " + step + ": " + e);
              }
            }
            return null;
          });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(LIMIT.toMinutes() + 2, TimeUnit.MINUTES)).as("clients finished").isTrue();
      } finally {
        pool.shutdownNow();
      }
      assertThat(failures).as("wrong answers").isEmpty();
      assertThat(rounds.get()).as("rounds completed").isGreaterThanOrEqualTo(CLIENTS);
      System.out.printf("load: %d rounds by %d clients, %d containers; daemon VmRSS after: %s%n", rounds.get(), CLIENTS, ids.size(),
          vmRss(live.daemon.pid()));
      assertNothingLeft(live);
    }
  }

  /** One client's round: every answer checked against what was asked. */
  private void round(LiveDaemon live, String name, int exitCode, StringBuilder step) {
    EngineClient api = live.client;
    at(step, "ping");
    HttpResult ping = api.request("GET", "/_ping");
    assertThat(ping.head().status()).isEqualTo(200);
    assertThat(ping.text()).isEqualTo("OK");

    at(step, "create");
    String script = "echo out-" + name + "; echo err-" + name + " >&2; exit " + exitCode;
    String id = live.create(name, "{\"Cmd\":[\"sh\",\"-c\",\"" + script + "\"],\"Labels\":{\"load\":\"" + name + "\"}}");
    ids.add(id);
    assertThat(id).matches("[0-9a-f]{64}");

    at(step, "list by label");
    JsonNode listed = api.request("GET", "/containers/json?all=1&filters=" + urlEncode("{\"label\":[\"load=" + name + "\"]}")).json();
    assertThat(listed.size()).as("list filtered by the round's label").isEqualTo(1);
    assertThat(listed.get(0).path("Id").asText()).isEqualTo(id);
    assertThat(listed.get(0).path("Names").get(0).asText()).isEqualTo("/" + name);

    at(step, "start");
    live.startContainer(id);
    at(step, "wait");
    assertThat(live.waitExit(id)).as("exit code of %s", name).isEqualTo(exitCode);

    at(step, "logs");
    HttpResult logs = api.request("GET", "/containers/" + id + "/logs?stdout=1&stderr=1");
    assertThat(logs.head().status()).isEqualTo(200);
    Multiplexed out = Multiplexed.of(logs.body());
    assertThat(out.stdout()).isEqualTo("out-" + name + "\n");
    assertThat(out.stderr()).isEqualTo("err-" + name + "\n");

    at(step, "inspect");
    JsonNode inspect = live.inspect(id);
    assertThat(inspect.path("Id").asText()).isEqualTo(id);
    assertThat(inspect.path("Name").asText()).isEqualTo("/" + name);
    assertThat(inspect.path("State").path("Status").asText()).isEqualTo("exited");
    assertThat(inspect.path("State").path("ExitCode").asInt()).isEqualTo(exitCode);
    assertThat(inspect.path("Config").path("Labels").path("load").asText()).isEqualTo(name);

    at(step, "list");
    HttpResult all = api.request("GET", "/containers/json");
    assertThat(all.head().status()).isEqualTo(200);
    assertThat(all.json().isArray()).isTrue();

    at(step, "remove");
    HttpResult rm = api.request("DELETE", "/containers/" + id);
    assertThat(rm.head().status()).as(rm.text()).isEqualTo(204);
    at(step, "inspect removed");
    HttpResult gone = api.request("GET", "/containers/" + id + "/json");
    assertThat(gone.head().status()).isEqualTo(404);
    assertThat(gone.json().path("message").asText()).isEqualTo("No such container: " + id);
  }

  private static void at(StringBuilder step, String name) {
    step.setLength(0);
    step.append(name);
  }

  private void assertNothingLeft(LiveDaemon live) throws IOException {
    assertThat(live.client.request("GET", "/containers/json?all=1").json().size()).as("containers left").isZero();
    String dir = live.dir.toString();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    List<String> left;
    do {
      left = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
        if (line.contains(dir)) {
          left.add("mount: " + line);
        }
      }
      for (String id : ids) {
        for (String controller : CONTROLLERS) {
          if (Files.exists(Path.of("/sys/fs/cgroup", controller, "drydock", id))) {
            left.add("cgroup: " + controller + "/drydock/" + id);
          }
        }
      }
      left.addAll(processesUnder(dir, live.daemon.pid(), ids));
      if (!left.isEmpty()) {
        DaemonProcess.sleep(200);
      }
    } while (!left.isEmpty() && System.nanoTime() < deadline);
    assertThat(left).as("left behind by %d containers", ids.size()).isEmpty();
  }

  /**
   * Processes other than the daemon whose command line names the daemon's directory (shims) or
   * that sit in the cgroup of one of the test's containers (tasks).
   */
  private static List<String> processesUnder(String dir, long daemonPid, Set<String> ids) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        long pid = Long.parseLong(p.getFileName().toString());
        if (pid == daemonPid) {
          continue;
        }
        try {
          String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
          String cgroups = Files.readString(p.resolve("cgroup"));
          if (isUnboundStandbyShim(cmd)) {
            continue; // kept ready for the next start (supervisor.shim.ShimStandby), not a leak
          }
          if (cmd.contains(dir) || ids.stream().anyMatch(id -> cgroups.contains("/drydock/" + id))) {
            out.add("process " + pid + ": " + cmd);
          }
        } catch (IOException e) {
          // exited while listing
        }
      }
    }
    return out;
  }

  /** A standby shim still waiting for a container: its standby socket exists until it is bound. */
  private static boolean isUnboundStandbyShim(String cmd) {
    String[] argv = cmd.strip().split(" ");
    return argv.length == 4 && argv[1].equals("shim") && argv[2].equals("--standby") && Files.exists(Path.of(argv[3]));
  }

  static String vmRss(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
          .filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).trim()).findFirst().orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  private static String urlEncode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
