package io.drydock.benchmarks;

import io.drydock.cli.ProcessLaunch;
import io.drydock.runtime.CreateOptions;
import io.drydock.runtime.HelperSession;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * drydock's in-process runtime cycle (as {@link RuntimeBenchmark}) and each peer's {@code run} of
 * the same bundle (as {@link PeerRuntimeBenchmark}), taken in turn, one of each per round, so that
 * the machine's load drifts over all of them alike: on a shared 2-core host, separate JMH runs
 * minutes apart compare the load of different minutes. Prints a Markdown table with each one's
 * median and the median of the per-round ratios to drydock.
 *
 * <p>Usage: {@code RuntimeVsPeerFigures OUT.md ROUNDS PEER...} (a peer is a command prefix such as
 * {@code crun}); needs root. With {@code DRYDOCK_PHASE_MARKS=DIR} each measured run is preceded by
 * a {@code mkdir} of mode 0700 under DIR, the landmark {@code benchmarks/phases-inprocess} cuts a
 * system-wide trace at.
 */
public final class RuntimeVsPeerFigures {
  private RuntimeVsPeerFigures() {}

  public static void main(String[] args) throws Exception {
    ProcessLaunch.preferVfork();
    Path out = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<String> peers = Arrays.asList(args).subList(2, args.length);
    try (BusyboxBundle bundle = BusyboxBundle.create("/bin/true")) {
      Path root = Files.createTempDirectory(Path.of("/dev/shm"), "drydock-bench-state-");
      Path peerRoot = Files.createTempDirectory("drydock-bench-root-");
      try {
        LinuxRuntime runtime = new LinuxRuntime(root);
        CreateOptions options = CreateOptions.defaults()
            .withStdio(new HelperSession.Stdio(Redirect.PIPE, Redirect.DISCARD, Redirect.DISCARD));
        int warmup = Math.max(50, rounds / 4);
        long[] counter = {0};
        Runnable drydock = () -> cycle(runtime, bundle.dir, options, "vs-" + ProcessHandle.current().pid() + "-" + counter[0]++);
        for (int i = 0; i < warmup; i++) {
          drydock.run();
          for (String peer : peers) {
            peerRun(peer, peerRoot, bundle.dir, "w" + i);
          }
        }
        Optional<Path> marks = Optional.ofNullable(System.getenv("DRYDOCK_PHASE_MARKS")).map(Path::of);
        double[][] ms = new double[1 + peers.size()][rounds];
        for (int r = 0; r < rounds; r++) {
          // the order turns each round: no contender always runs right after the same other one
          for (int k = 0; k <= peers.size(); k++) {
            int who = (k + r) % (peers.size() + 1);
            if (marks.isPresent()) {
              Files.createDirectory(marks.get().resolve(r + "-" + who), PosixFilePermissions.asFileAttribute(
                  PosixFilePermissions.fromString("rwx------")));
            }
            long t0 = System.nanoTime();
            if (who == 0) {
              drydock.run();
            } else {
              peerRun(peers.get(who - 1), peerRoot, bundle.dir, "r" + r);
            }
            ms[who][r] = (System.nanoTime() - t0) / 1e6;
          }
        }
        Files.writeString(out, table(peers, ms, rounds));
        System.out.print(Files.readString(out));
      } finally {
        Commands.deleteTree(root);
        Commands.deleteTree(peerRoot);
      }
    }
  }

  private static void cycle(LinuxRuntime runtime, Path bundle, CreateOptions options, String name) {
    RuntimeId id = RuntimeId.of(name);
    runtime.create(id, bundle, options);
    runtime.start(id);
    int code = runtime.awaitExit(id, Duration.ofSeconds(30)).orElseThrow();
    runtime.delete(id, false);
    if (code != 0) {
      throw new IllegalStateException("/bin/true exited " + code);
    }
  }

  private static void peerRun(String peer, Path root, Path bundle, String id) {
    try {
      int code = Commands.run(peer, "--root", root.toString(), "run", "--bundle", bundle.toString(), "vs-" + id);
      if (code != 0) {
        throw new IllegalStateException(peer + " run exited " + code);
      }
    } catch (IOException e) {
      throw new IllegalStateException(peer + " run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static String table(List<String> peers, double[][] ms, int rounds) {
    StringBuilder sb = new StringBuilder();
    sb.append("| contender | rounds | median ms | p10 ms | p90 ms | median of per-round ratios to drydock |\n");
    sb.append("|---|---:|---:|---:|---:|---:|\n");
    for (int who = 0; who < ms.length; who++) {
      String name = who == 0 ? "drydock in-process (create+start+wait+delete)" : "`" + peers.get(who - 1) + " run`";
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = ms[who][r] / ms[0][r];
      }
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", name, rounds,
          quantile(ms[who], 0.5), quantile(ms[who], 0.1), quantile(ms[who], 0.9), quantile(ratios, 0.5)));
    }
    return sb.toString();
  }

  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }
}
