package io.drydock.benchmarks;

import io.drydock.supervisor.snapshot.LayerApplier;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.snapshot.OverlaySnapshotter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Snapshot level (issue 4): an image of 1, 10 or 50 layers on {@link OverlaySnapshotter}, on disk
 * ({@code /var/tmp}). {@code prepareMountRemove} is what a container's create and start ask of the
 * snapshotter once the image is unpacked: an active snapshot on the top layer, its overlay mounted
 * on a target and unmounted, the snapshot removed. {@code applyLayers} is the unpack of the whole
 * chain through {@link LayerApplier} (prepare, untar with whiteouts, commit per layer), the part
 * of a pull after the download; each layer holds 20 files of 1 KiB, a whiteout of the previous
 * layer's first file, and rewrites one shared file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class SnapshotBenchmark {
  @Param({"1", "10", "50"})
  public int layers;

  private Path dir;
  private OverlaySnapshotter snapshots;
  private LayerApplier applier;
  private final List<Path> tars = new ArrayList<>();
  private final List<String> applied = new ArrayList<>();
  private final AtomicLong counter = new AtomicLong();
  private String top;
  private Path target;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory(Path.of("/var/tmp"), "dd-bs-");
    snapshots = OverlaySnapshotter.open(dir.resolve("s"));
    applier = new LayerApplier(snapshots, false);
    target = Files.createDirectories(dir.resolve("mnt"));
    for (int i = 0; i < layers; i++) {
      tars.add(layerTar(i));
    }
    top = applyChain("base");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    removeChain("base");
    Commands.deleteTree(dir);
  }

  @Benchmark
  public int prepareMountRemove() {
    String key = "c" + counter.incrementAndGet();
    snapshots.prepare(key, Optional.of(top));
    Mounts.mount(snapshots.mounts(key), target);
    Mounts.unmount(target);
    snapshots.remove(key);
    return key.length();
  }

  @Benchmark
  public String applyLayers() {
    String prefix = "a" + counter.incrementAndGet();
    applied.add(prefix);
    return applyChain(prefix);
  }

  @TearDown(Level.Invocation)
  public void removeApplied() {
    for (String prefix : applied) {
      removeChain(prefix);
    }
    applied.clear();
  }

  private String applyChain(String prefix) {
    Optional<String> parent = Optional.empty();
    for (int i = 0; i < tars.size(); i++) {
      String name = prefix + "-" + i;
      applier.apply(tars.get(i), parent, name);
      parent = Optional.of(name);
    }
    return parent.orElseThrow();
  }

  private void removeChain(String prefix) {
    for (int i = tars.size() - 1; i >= 0; i--) {
      snapshots.remove(prefix + "-" + i);
    }
  }

  private Path layerTar(int index) throws IOException {
    Path tar = dir.resolve("layer-" + index + ".tar");
    try (OutputStream file = Files.newOutputStream(tar); TarArchiveOutputStream out = new TarArchiveOutputStream(file)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      directory(out, "l" + index + "/");
      byte[] kib = new byte[1024];
      for (int f = 0; f < 20; f++) {
        file(out, "l" + index + "/f" + f, kib);
      }
      if (index > 0) {
        file(out, "l" + (index - 1) + "/.wh.f0", new byte[0]);
      }
      file(out, "shared", ("layer " + index + "\n").getBytes(StandardCharsets.UTF_8));
      out.finish();
    }
    return tar;
  }

  private static void directory(TarArchiveOutputStream out, String name) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setMode(040755);
    out.putArchiveEntry(e);
    out.closeArchiveEntry();
  }

  private static void file(TarArchiveOutputStream out, String name, byte[] content) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setMode(0100644);
    e.setSize(content.length);
    out.putArchiveEntry(e);
    out.write(content);
    out.closeArchiveEntry();
  }
}
