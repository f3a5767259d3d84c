package io.drydock.engine.container.service;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.ChainIds;
import io.drydock.engine.image.ImageRecord;
import io.drydock.engine.image.ImageStore;
import io.drydock.supervisor.snapshot.LayerApplier;
import io.drydock.supervisor.snapshot.Snapshotter;
import java.util.List;
import java.util.Optional;

/**
 * Makes an image's layers available as committed snapshots, named by OCI chain ID
 * ({@code chain(n) = sha256(chain(n-1) + " " + diffID(n))}), so images sharing a base share its
 * snapshots. Layers are unpacked on first use (at container create), as containerd does for
 * images pulled without unpacking. One lock: two creates from the same new image unpack once.
 */
final class LayerSnapshots {
  private final ImageStore images;
  private final Snapshotter snapshotter;
  private final LayerApplier applier;

  LayerSnapshots(ImageStore images, Snapshotter snapshotter) {
    this.images = images;
    this.snapshotter = snapshotter;
    this.applier = new LayerApplier(snapshotter, true);
  }

  /** The chain ID snapshot of the image's top layer, or empty for an image without layers. */
  synchronized Optional<String> ensure(ImageRecord image) {
    List<String> chain = chainIds(image.diffIds());
    if (image.layers().size() != chain.size()) {
      throw new DrydockException.SystemError("image " + image.id() + " has " + image.layers().size() + " layers but " + chain.size() + " diff IDs");
    }
    Optional<String> parent = Optional.empty();
    for (int i = 0; i < chain.size(); i++) {
      String name = chain.get(i);
      if (!exists(name)) {
        applier.apply(images.content().path(image.layers().get(i).digest()), parent, name);
      }
      parent = Optional.of(name);
    }
    return parent;
  }

  private boolean exists(String key) {
    try {
      snapshotter.stat(key);
      return true;
    } catch (DrydockException.NotFound e) {
      return false;
    }
  }

  static List<String> chainIds(List<Digest> diffIds) {
    return ChainIds.of(diffIds).stream().map(d -> d.toString().replace(':', '-')).toList();
  }

}
