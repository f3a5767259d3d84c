package io.drydock.supervisor.snapshot;

import io.drydock.supervisor.layer.WhiteoutMode;
import java.nio.file.Path;

/**
 * Where a layer is unpacked to fill an active snapshot without mounting it: the overlay
 * snapshotter's empty upper directory (overlay whiteout format), or the copying snapshotter's full
 * copy of the parent (whiteouts applied in place).
 */
public record LayerTarget(Path directory, WhiteoutMode mode) {}
