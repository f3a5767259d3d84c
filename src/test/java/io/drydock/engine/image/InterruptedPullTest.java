package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.registry.ProgressEvent;
import io.drydock.supervisor.content.BlobInfo;
import io.drydock.testing.LocalRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull whose connection is cut in the middle of a layer: it fails with a clear error, leaves no
 * image, no blob (neither the half layer nor the blobs that did arrive) and no ingest file; the
 * next pull over a sound connection succeeds and gives the pushed image.
 */
class InterruptedPullTest {
  @TempDir Path dir;

  private final List<ProgressEvent> events = new CopyOnWriteArrayList<>();

  @Test
  void aCutMidBlobLeavesNothingAndTheNextPullWorks() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start(dir.resolve("registry"));
        CuttingProxy proxy = new CuttingProxy(registry.address())) {
      Images source = TestImages.open(dir.resolve("a"));
      ImageId base = BusyboxImage.importInto(source, "busybox:latest");
      ImageId id = TestImages.image(source.store(), List.of(BusyboxImage.tar(), TestImages.tar(Map.of("etc/motd", "cut test\n"))),
          "cut", Optional.of(base));
      String pushed = registry.address() + "/test/cut:1";
      source.tag(id.toString(), pushed, "");
      source.push(ImageRef.parse(pushed), Optional.empty(), events::add);
      Digest busyboxLayer = source.inspect(pushed).layers().get(0).digest();

      Path targetRoot = dir.resolve("b");
      Images target = TestImages.open(targetRoot);
      ImageRef viaProxy = ImageRef.parse(proxy.address() + "/test/cut:1");
      proxy.arm(busyboxLayer.toString());
      assertThatThrownBy(() -> target.pull(viaProxy, Platform.host(), Optional.empty(), events::add))
          .isInstanceOf(DrydockException.Unavailable.class)
          .hasMessageContaining("download " + busyboxLayer);
      assertThat(proxy.cuts()).isEqualTo(1);
      assertThat(target.list(true, Map.of())).isEmpty();
      assertThat(target.store().content().list()).extracting(BlobInfo::digest).isEmpty();
      assertThat(target.store().content().exists(busyboxLayer)).isFalse();
      try (Stream<Path> ingest = Files.list(targetRoot.resolve("content").resolve("ingest"))) {
        assertThat(ingest).isEmpty();
      }

      proxy.disarm();
      // a list of its own: a late event of the failed pull's other downloads must not count here
      List<ProgressEvent> second = new CopyOnWriteArrayList<>();
      assertThat(target.pull(viaProxy, Platform.host(), Optional.empty(), second::add)).isEqualTo(id);
      assertThat(target.inspect(viaProxy.toString()).diffIds()).isEqualTo(source.inspect(pushed).diffIds());
      assertThat(second.stream().map(ProgressEvent::status)).contains("Status: Downloaded newer image for " + viaProxy.familiarName())
          .doesNotContain("Already exists");
    }
  }
}
