package io.drydock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scale figures, not JMH (one measurement of a long sequence): through an engine's API, create and
 * start N idle containers ({@code sleep} in busybox, no network) one after the other, read the
 * memory of the engine (its daemon process and its helpers such as dockerd's containerd) and of
 * the processes kept per container between the engine and the container's init (drydock's shim,
 * the init's parent since the helper hands the init over; containerd-shim-runc-v2; conmon), then remove them all with {@code DELETE ?force=1}. Stops at the first refusal and says
 * how far it got. Usage: {@code ScaleFigures out.md engine:daemonPid:n1,n2 ...}; appends rows (after the table header, when the file is new).
 */
public final class ScaleFigures {
  private ScaleFigures() {}

  /** One engine × count: times in seconds, memory in KiB. */
  record Row(String engine, int asked, int started, double startSeconds, double removeSeconds,
      ProcessMemory.Kib idleDaemon, ProcessMemory.Kib daemon, ProcessMemory.Kib shims, ProcessMemory.Counts counts, String note) {
    String markdown() {
      double perShimRss = started == 0 ? Double.NaN : shims.rss() / (double) started;
      double perShimPss = started == 0 ? Double.NaN : shims.pss() / (double) started;
      return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d / %d | %d | %.0f | %.0f | %.1f | %s |%n",
          engine, asked, started, startSeconds, started == 0 ? Double.NaN : startSeconds * 1000 / started, removeSeconds,
          idleDaemon.rss() / 1024.0, daemon.rss() / 1024.0, counts.threads(), counts.fds(), shims.processes(), perShimRss, perShimPss,
          (daemon.rss() + shims.rss()) / 1024.0, note);
    }
  }

  static final String HEADER = """
      | engine | containers asked | started | start all s | ms per container | remove all s | engine RSS idle MiB | engine RSS with N MiB | daemon threads / fds with N | per-container processes | their RSS per container KiB | their PSS per container KiB | engine + per-container RSS MiB | note |
      |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
      """;

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    if (!Files.exists(out)) {
      Files.writeString(out, HEADER);
    }
    for (int i = 1; i < args.length; i++) {
      String[] parts = args[i].split(":");
      for (String n : parts[2].split(",")) {
        Row row = run(parts[0], Long.parseLong(parts[1]), Integer.parseInt(n));
        System.out.print(row.markdown());
        Files.writeString(out, row.markdown(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      }
    }
  }

  static Row run(String engine, long daemonPid, int count) throws IOException {
    ProcessMemory.Kib idle = ProcessMemory.sum(ProcessMemory.tree(daemonPid, Set.of()));
    List<String> ids = new ArrayList<>();
    int started = 0;
    String note = "";
    String body = Engines.createBody("sleep", "1000000");
    long t0 = System.nanoTime();
    try (EngineConnection api = EngineConnection.open(Engines.socket(engine))) {
      try {
        for (int i = 0; i < count; i++) {
          String id = Engines.idOf(api.expectOk("POST", "/v1.41/containers/create", body).text());
          ids.add(id);
          api.expectOk("POST", "/v1.41/containers/" + id + "/start", null);
          started++;
        }
      } catch (IOException | RuntimeException e) {
        note = "stopped after " + ids.size() + ": " + e.getMessage().replace('|', '/').replace('\n', ' ');
      }
      double startSeconds = (System.nanoTime() - t0) / 1e9;
      Set<Long> engineTree = ProcessMemory.tree(daemonPid, Set.of());
      Set<Long> shims = new LinkedHashSet<>();
      for (String id : ids) {
        shims.addAll(keepers(initPid(api.get("/v1.41/containers/" + id + "/json").text()), engineTree));
      }
      ProcessMemory.Kib daemon = ProcessMemory.sum(ProcessMemory.tree(daemonPid, shims));
      ProcessMemory.Kib shimMemory = ProcessMemory.sum(shims);
      System.err.println(engine + " x " + count + ": per-container processes by command: " + byCommand(shims));
      ProcessMemory.Counts counts = ProcessMemory.counts(daemonPid);
      long t1 = System.nanoTime();
      for (String id : ids) {
        api.expectOk("DELETE", "/v1.41/containers/" + id + "?force=1", null);
      }
      double removeSeconds = (System.nanoTime() - t1) / 1e9;
      return new Row(engine, count, started, startSeconds, removeSeconds, idle, daemon, shimMemory, counts, note);
    }
  }

  /**
   * The processes that exist for one container besides its own: the ancestors of its init up to
   * (not including) the engine's process tree or pid 1 — drydock's shim (before the hand-over of
   * the init also the helper that stayed its parent); containerd-shim-runc-v2; conmon. Which
   * commands they were is printed on stderr.
   */
  static List<Long> keepers(long initPid, Set<Long> engineTree) {
    List<Long> chain = new ArrayList<>();
    for (long p = initPid > 0 ? ProcessMemory.parent(initPid) : -1; p > 1 && !engineTree.contains(p); p = ProcessMemory.parent(p)) {
      chain.add(p);
    }
    return chain;
  }

  /** How many of {@code pids} run each command (argv[0] and argv[1]), to show what was counted. */
  static java.util.Map<String, Long> byCommand(Set<Long> pids) {
    java.util.Map<String, Long> out = new java.util.TreeMap<>();
    for (long pid : pids) {
      String name;
      try {
        String[] argv = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0");
        name = Path.of(argv[0]).getFileName() + (argv.length > 1 ? " " + argv[1] : "");
      } catch (IOException | RuntimeException e) {
        name = "(gone)";
      }
      out.merge(name, 1L, Long::sum);
    }
    return out;
  }

  /** State.Pid of an inspect document. */
  static long initPid(String inspect) throws IOException {
    return Engines.JSON.readTree(inspect).path("State").path("Pid").asLong(-1);
  }
}
