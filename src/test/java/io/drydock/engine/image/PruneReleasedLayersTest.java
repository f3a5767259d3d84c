package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.common.Digest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image prune of many images lists, after each deleted image, the layers that deletion released
 * (top first; a layer other images still stack is listed with the last of them), and reads the
 * images' records once for the whole prune, not once per deleted image.
 */
class PruneReleasedLayersTest {
  private static final int IMAGES = 40;

  @TempDir Path root;

  @Test
  void eachDeletionListsTheLayersItReleasedAndTheRecordsAreReadOncePerPrune() {
    Images images = TestImages.open(root);
    byte[] base = TestImages.tar(Map.of("base", "shared"));
    Map<ImageId, List<Digest>> chains = new HashMap<>();
    for (int i = 0; i < IMAGES; i++) {
      ImageId id = TestImages.image(images.store(), List.of(base, TestImages.tar(Map.of("own", "image " + i))), "i" + i, Optional.empty());
      chains.put(id, ChainIds.of(images.store().diffIds(id)));
    }
    Digest shared = chains.values().iterator().next().get(0);
    long before = images.store().recordsBuilt();

    List<DeleteItem> deleted = images.prune(true, Map.of()).deleted();

    assertThat(images.store().recordsBuilt() - before).as("records built by the prune").isLessThanOrEqualTo(IMAGES);
    List<DeleteItem> expected = new ArrayList<>();
    int left = IMAGES;
    for (DeleteItem item : deleted) {
      if (item instanceof DeleteItem.Deleted d) {
        expected.add(d);
        expected.add(new DeleteItem.DeletedLayer(chains.get(d.id()).get(1)));
        if (--left == 0) {
          expected.add(new DeleteItem.DeletedLayer(shared));
        }
      }
    }
    assertThat(left).as("every image deleted").isZero();
    assertThat(deleted).containsExactlyElementsOf(expected);
    assertThat(images.store().content().list()).isEmpty();
  }
}
