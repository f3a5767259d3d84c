package io.drydock.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * The levels of the report, each a table of its own: which benchmark classes belong to it and
 * which row the others are divided by. Where no fixed baseline is named, a row's baseline is the
 * drydock row of the same benchmark method ({@code ApiRunBenchmark.createStartWaitDelete [drydock]}
 * for dockerd's and podman's rows).
 */
enum BenchLevel {
  RUNTIME("Runtime: drydock's runtime in-process vs `runc run` / `crun run` of the same bundle",
      List.of("RuntimeBenchmark", "RuntimePhasesBenchmark", "PeerRuntimeBenchmark"),
      Optional.of("RuntimeBenchmark.createStartWaitDelete [tmpfs]")),
  SUPERVISOR("Supervisor: drydock's Tasks (shim + runtime) over drydock's runtime, runc, crun; containerd via `ctr run --rm`",
      List.of("TasksBenchmark", "CtrRunBenchmark"), Optional.of("TasksBenchmark.createStartWaitDelete [drydock]")),
  API("API: `docker run --rm --network none busybox true` against drydock, dockerd, podman; drydock also on its default (bridge) network;"
      + " `crun run` of the config drydock's engine writes for it",
      List.of("ApiRunBenchmark", "CliRunBenchmark", "DefaultNetworkRunBenchmark", "EngineConfigPeerRuntimeBenchmark"), Optional.empty()),
  SNAPSHOT("Snapshots: OverlaySnapshotter with 1, 10, 50 layers",
      List.of("SnapshotBenchmark"), Optional.empty()),
  PULL("Pull: one 2 MB layer from a local registry on 127.0.0.1",
      List.of("PullBenchmark"), Optional.empty());

  final String title;
  final List<String> classes;
  final Optional<String> baseline;

  BenchLevel(String title, List<String> classes, Optional<String> baseline) {
    this.title = title;
    this.classes = classes;
    this.baseline = baseline;
  }

  /** The level of a row labelled {@code Class.method [params]}, if any. */
  static Optional<BenchLevel> of(String label) {
    String cls = label.substring(0, Math.max(0, label.indexOf('.')));
    for (BenchLevel l : values()) {
      if (l.classes.contains(cls)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The label a row is divided by: the fixed baseline, or the drydock row of the same method (of
   * {@code ApiRunBenchmark} for the default-network row, so its ratio is what the network costs;
   * drydock's API sequence for {@code crun run} of the engine's config, the like-for-like peer).
   */
  String baselineFor(String label) {
    if (baseline.isPresent()) {
      return baseline.get();
    }
    int bracket = label.indexOf(" [");
    String method = bracket < 0 ? label : label.substring(0, bracket);
    if (method.startsWith("DefaultNetworkRunBenchmark.")) {
      method = "ApiRunBenchmark." + method.substring(method.indexOf('.') + 1);
    }
    if (method.startsWith("EngineConfigPeerRuntimeBenchmark.")) {
      method = "ApiRunBenchmark.createStartWaitDelete";
    }
    return method + " [drydock]";
  }

  /** Whether a row measures drydock itself (drawn in its own colour). */
  static boolean isDrydock(String label) {
    return label.contains("[drydock]") || label.startsWith("RuntimeBenchmark.")
        || label.startsWith("RuntimePhasesBenchmark.") || label.startsWith("SnapshotBenchmark.");
  }
}
