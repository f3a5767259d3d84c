package io.drydock.supervisor.layer;

/**
 * How OCI whiteouts in a layer become files. {@link #OVERLAY}: the layer is unpacked on its own
 * into an empty directory that serves as an overlayfs lowerdir, so a deletion becomes a 0/0
 * character device and an opaque directory gets {@code trusted.overlay.opaque=y} (the kernel's
 * format). {@link #APPLY}: the layer is applied on top of a full copy of its parent, so deletions
 * happen in place (the copying snapshotter). {@link #LITERAL}: not a layer but a file archive (a
 * build context, an archive ADD extracts), written in place with {@code .wh.} names as ordinary
 * files, as dockerd's {@code Untar} does; such an archive may also be xz-compressed.
 */
public enum WhiteoutMode {
  OVERLAY,
  APPLY,
  LITERAL;

  /** Whether the blob is a layer (its {@code .wh.} names are whiteouts, xz is refused), not a file archive. */
  public boolean layer() {
    return this != LITERAL;
  }
}
