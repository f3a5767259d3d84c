package io.drydock.supervisor.layer;

/**
 * Choices for one unpack: the whiteout format, whether device nodes are allowed (only an image
 * trusted as a base system has them; Docker creates them only as root), and whether uid/gid of the
 * entries are applied (as root they are; unprivileged owners cannot chown).
 */
public record UnpackOptions(WhiteoutMode mode, boolean allowDevices, boolean keepOwnership) {
  public static UnpackOptions overlay() {
    return new UnpackOptions(WhiteoutMode.OVERLAY, false, true);
  }

  public static UnpackOptions apply() {
    return new UnpackOptions(WhiteoutMode.APPLY, false, true);
  }

  public UnpackOptions withDevices(boolean allowed) {
    return new UnpackOptions(mode, allowed, keepOwnership);
  }

  public UnpackOptions withOwnership(boolean keep) {
    return new UnpackOptions(mode, allowDevices, keep);
  }
}
