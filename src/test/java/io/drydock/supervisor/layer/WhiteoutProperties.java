package io.drydock.supervisor.layer;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.os.MountCalls;
import io.drydock.supervisor.store.TreeRemover;
import io.drydock.testing.KernelPropertyHook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Whiteouts, checked against {@link LayeredFsModel}: for generated layer stacks (files, dirs,
 * deletions, opaque dirs, re-creations in the same layer, whiteouts anywhere in the tar), applying
 * the layers one by one gives the model's tree, and so does the overlay mount of the layers
 * unpacked in overlay format.
 */
class WhiteoutProperties {
  private static final TestTars.Compression[] COMPRESSIONS = TestTars.Compression.values();

  @Provide
  Arbitrary<List<List<Long>>> stacks() {
    return Arbitraries.longs().between(0, 1_000_000_000L).list().ofMinSize(1).ofMaxSize(10).list().ofMinSize(1).ofMaxSize(5);
  }

  /** The layers a seed stack means, each with the model tree it should produce. */
  private record Stack(List<List<LayeredFsModel.Op>> layers, List<Map<String, String>> expected) {}

  private static Stack interpret(List<List<Long>> seeds) {
    Map<String, String> tree = new TreeMap<>();
    List<List<LayeredFsModel.Op>> layers = new ArrayList<>();
    List<Map<String, String>> expected = new ArrayList<>();
    for (List<Long> layerSeeds : seeds) {
      List<LayeredFsModel.Op> layer = LayeredFsModel.generate(tree, layerSeeds);
      tree = LayeredFsModel.apply(tree, layer);
      layers.add(layer);
      expected.add(tree);
    }
    return new Stack(layers, expected);
  }

  @Property(tries = 300)
  void applyingLayersInPlaceGivesTheModel(@ForAll("stacks") List<List<Long>> seeds) throws IOException {
    Stack stack = interpret(seeds);
    Path work = Files.createTempDirectory("whiteout-apply");
    try {
      Path root = Files.createDirectory(work.resolve("root"));
      for (int i = 0; i < stack.layers().size(); i++) {
        Path tar = LayeredFsModel.tar(stack.layers().get(i)).write(work.resolve("layer" + i), COMPRESSIONS[i % 3]);
        new LayerUnpacker(UnpackOptions.apply().withOwnership(false)).unpack(tar, root);
        assertThat(TreeSnapshot.read(root)).as("after layer %d: %s", i, stack.layers().get(i)).isEqualTo(stack.expected().get(i));
      }
    } finally {
      TreeRemover.delete(work);
    }
  }

  @Property(tries = 150)
  @Tag("kernel")
  @AddLifecycleHook(KernelPropertyHook.class)
  void overlayMountOfOverlayFormatLayersGivesTheModel(@ForAll("stacks") List<List<Long>> seeds) throws IOException {
    Stack stack = interpret(seeds);
    Path work = Files.createTempDirectory("whiteout-overlay");
    Path mnt = Files.createDirectory(work.resolve("mnt"));
    boolean mounted = false;
    try {
      List<String> lowers = new ArrayList<>();
      lowers.add(Files.createDirectory(work.resolve("base")).toString());
      for (int i = 0; i < stack.layers().size(); i++) {
        Path tar = LayeredFsModel.tar(stack.layers().get(i)).write(work.resolve("layer" + i + ".tar"));
        Path dir = work.resolve("l" + i);
        new LayerUnpacker(UnpackOptions.overlay()).unpack(tar, dir);
        lowers.add(0, dir.toString());
      }
      MountCalls.mount("overlay", mnt, "overlay", Set.of(MountCalls.Flag.RDONLY), "lowerdir=" + String.join(":", lowers));
      mounted = true;
      assertThat(TreeSnapshot.read(mnt)).as("layers %s", stack.layers()).isEqualTo(stack.expected().get(stack.expected().size() - 1));
    } finally {
      if (mounted) {
        MountCalls.unmount(mnt);
      }
      TreeRemover.delete(work);
    }
  }
}
