package io.drydock.supervisor.snapshot;

import io.drydock.supervisor.layer.LayerUnpacker;
import io.drydock.supervisor.layer.UnpackOptions;
import io.drydock.supervisor.layer.UnpackResult;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a layer blob into a committed snapshot: prepare an active snapshot on the parent, unpack
 * the layer into it in the snapshotter's whiteout format, commit it under {@code name}. If the
 * unpack fails, the active snapshot is removed, so a refused layer leaves no snapshot behind.
 */
public final class LayerApplier {
  private final Snapshotter snapshotter;
  private final boolean allowDevices;

  public LayerApplier(Snapshotter snapshotter, boolean allowDevices) {
    this.snapshotter = snapshotter;
    this.allowDevices = allowDevices;
  }

  /** Applies {@code layer} on {@code parent} as the committed snapshot {@code name}; returns the diff ID found. */
  public UnpackResult apply(Path layer, Optional<String> parent, String name) {
    String key = "extract-" + name;
    snapshotter.prepare(key, parent);
    try {
      LayerTarget target = snapshotter.layerTarget(key);
      UnpackOptions options = new UnpackOptions(target.mode(), allowDevices, true);
      UnpackResult result = new LayerUnpacker(options).unpack(layer, target.directory());
      snapshotter.commit(name, key);
      return result;
    } catch (RuntimeException e) {
      snapshotter.remove(key);
      throw e;
    }
  }
}
