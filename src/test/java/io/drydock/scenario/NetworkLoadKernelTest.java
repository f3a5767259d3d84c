package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The load check of issue 7: fifty busybox containers started at once (eight clients of the real
 * docker CLI) on one user network, then removed at once. While they all run, every one has its own
 * address inside the subnet, never the gateway, and its own veth on the network's bridge; two of
 * them reach each other by name. Afterwards nothing is left: no container, no veth or bridge, no
 * namespace file, no mount, no cgroup. Bounded: the whole run has a deadline of four minutes.
 */
@KernelTest
class NetworkLoadKernelTest {
  static final int CONTAINERS = 50;
  static final int CLIENTS = 8;
  static final Duration LIMIT = Duration.ofMinutes(4);
  static final List<String> CONTROLLERS = List.of("memory", "pids", "cpu", "cpuacct", "cpuset", "devices", "freezer", "blkio", "unified");

  @Test
  void fiftyContainersStartedAndRemovedConcurrentlyGetDistinctAddressesAndLeaveNothingBehind() throws Exception {
    String tag = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
    int second = ThreadLocalRandom.current().nextInt(150, 200);
    int third = ThreadLocalRandom.current().nextInt(1, 250);
    String prefix = "10." + second + "." + third + ".";
    String net = "load" + tag;
    List<String> names = IntStream.range(0, CONTAINERS).mapToObj(i -> "ld" + tag + "-" + i).toList();
    long deadline = System.nanoTime() + LIMIT.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try (DockerCli cli = DockerCli.start("drydock-netload", "--bridge", "ddl" + tag, "--bip", "10." + second + "." + (third + 1) % 250 + ".0/24")) {
      Path tar = cli.dir.resolve("busybox.tar");
      Files.write(tar, io.drydock.conformance.glue.BusyboxImage.tar());
      ok(cli.run("import", tar.toString(), "busybox:latest"));
      ok(cli.run("network", "create", "--subnet", prefix + "0/24", net));
      List<String> ids = new ArrayList<>();
      List<String> veths = new ArrayList<>();
      String bridge = "";
      try {
        String gateway = ok(cli.run("network", "inspect", "--format", "{{(index .IPAM.Config 0).Gateway}}", net)).stdout().trim();
        String netId = ok(cli.run("network", "inspect", "--format", "{{.Id}}", net)).stdout().trim();
        bridge = "dd-" + netId.substring(0, 12);

        List<String> started = concurrently(pool, deadline, names.stream()
            .map(n -> (Callable<String>) () -> ok(cli.run("run", "-d", "--name", n, "--network", net, "busybox", "sleep", "1000")).stdout().trim())
            .toList());
        ids.addAll(started);
        assertThat(ids).hasSize(CONTAINERS).doesNotHaveDuplicates();

        List<String> inspect = new ArrayList<>(List.of("inspect", "--format",
            "{{.State.Status}} {{(index .NetworkSettings.Networks \"" + net + "\").IPAddress}} {{(index .NetworkSettings.Networks \"" + net + "\").MacAddress}}"));
        inspect.addAll(ids);
        List<String> rows = ok(cli.run(inspect.toArray(String[]::new))).stdout().lines().toList();
        assertThat(rows).hasSize(CONTAINERS).allSatisfy(r -> assertThat(r).startsWith("running " + prefix));
        List<String> ips = rows.stream().map(r -> r.split(" ")[1]).toList();
        List<String> macs = rows.stream().map(r -> r.split(" ")[2]).toList();
        assertThat(ips).as("addresses of the running containers").doesNotHaveDuplicates().doesNotContain(gateway, prefix + "0", prefix + "255");
        assertThat(macs).as("MAC addresses").doesNotHaveDuplicates();
        assertThat(ok(cli.run("network", "inspect", "--format", "{{range .Containers}}{{.IPv4Address}} {{end}}", net)).stdout().trim().split(" "))
            .as("the network's view of its endpoints")
            .containsExactlyInAnyOrderElementsOf(ips.stream().map(ip -> ip + "/24").toList());

        veths.addAll(linksOn(cli, bridge));
        assertThat(veths).as("veths on %s", bridge).hasSize(CONTAINERS);
        assertThat(ok(cli.run("exec", names.get(0), "busybox", "ping", "-c", "1", "-W", "2", names.get(CONTAINERS - 1))).stdout())
            .contains(ips.get(CONTAINERS - 1)).contains("1 packets received");
        assertThat(ok(cli.run("exec", names.get(CONTAINERS - 1), "busybox", "ip", "-o", "-4", "addr", "show", "eth0")).stdout())
            .contains(ips.get(CONTAINERS - 1) + "/24");

        concurrently(pool, deadline, ids.stream().map(id -> (Callable<String>) () -> ok(cli.run("rm", "-f", id)).stdout().trim()).toList());
        assertThat(ok(cli.run("ps", "-a", "-q")).stdout().trim()).as("containers left").isEmpty();
        ok(cli.run("network", "rm", net));
      } finally {
        pool.shutdownNow();
        String left = cli.run("ps", "-a", "-q").stdout().trim();
        if (!left.isEmpty()) {
          List<String> rm = new ArrayList<>(List.of("rm", "-f"));
          rm.addAll(List.of(left.split("\\s+")));
          cli.run(rm.toArray(String[]::new));
        }
        cli.run("network", "rm", net);
      }
      assertNothingLeft(cli, bridge, veths, ids);
    }
  }

  /** Runs the tasks on the pool and returns their results in order; fails on the first error or at the deadline. */
  private static List<String> concurrently(ExecutorService pool, long deadline, List<Callable<String>> tasks) throws Exception {
    List<Future<String>> futures = new ArrayList<>();
    for (Callable<String> t : tasks) {
      futures.add(pool.submit(t));
    }
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<String> results = new ArrayList<>();
    for (Future<String> f : futures) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        futures.forEach(x -> x.cancel(true));
        throw new AssertionError("not done within " + LIMIT);
      }
      try {
        results.add(f.get(left, TimeUnit.NANOSECONDS));
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(e.getCause());
      } catch (java.util.concurrent.TimeoutException e) {
        futures.forEach(x -> x.cancel(true));
        throw new AssertionError("not done within " + LIMIT, e);
      }
    }
    if (!failures.isEmpty()) {
      AssertionError e = new AssertionError(failures.size() + " of " + tasks.size() + " commands failed; first: " + failures.peek().getMessage());
      failures.forEach(e::addSuppressed);
      throw e;
    }
    return results;
  }

  private static CommandResult ok(CommandResult r) {
    assertThat(r.exitCode()).as("%s\n%s", r.stdout(), r.stderr()).isZero();
    return r;
  }

  private static List<String> linksOn(DockerCli cli, String bridge) {
    CommandResult r = CommandResult.run(cli.dir, Map.of(), List.of("ip", "-o", "link", "show", "master", bridge), 20);
    return r.stdout().lines().filter(l -> !l.isBlank()).map(l -> l.split(":\\s+")[1].split("@")[0]).toList();
  }

  private static void assertNothingLeft(DockerCli cli, String bridge, List<String> veths, List<String> ids) throws IOException {
    Set<String> links = new HashSet<>(CommandResult.run(cli.dir, Map.of(), List.of("ip", "-o", "link", "show"), 20).stdout().lines()
        .map(l -> l.split(":\\s+")[1].split("@")[0]).toList());
    assertThat(veths).as("veths of the removed containers").noneMatch(links::contains);
    assertThat(links).as("bridge of the removed network").doesNotContain(bridge);
    Path netns = cli.dir.resolve("daemon/exec/netns");
    if (Files.isDirectory(netns)) {
      try (Stream<Path> files = Files.list(netns)) {
        assertThat(files.toList()).as("network namespace files").isEmpty();
      }
    }
    assertThat(Files.readString(Path.of("/proc/self/mountinfo")).lines().filter(l -> l.contains(cli.dir.toString())).toList())
        .as("mounts under the daemon's directories").isEmpty();
    List<Path> cgroups = new ArrayList<>();
    for (String id : ids) {
      cgroups.add(Path.of("/sys/fs/cgroup/drydock", id));
      CONTROLLERS.forEach(c -> cgroups.add(Path.of("/sys/fs/cgroup", c, "drydock", id)));
    }
    assertThat(cgroups).as("cgroups of the removed containers").noneMatch(Files::exists);
  }

}
