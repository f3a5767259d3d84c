package io.drydock.supervisor.layer;

import java.util.Optional;

/**
 * Choices for one unpack: the whiteout format, whether device nodes are allowed (only an image
 * trusted as a base system has them; Docker creates them only as root), and whether uid/gid of the
 * entries are applied (as root they are; unprivileged owners cannot chown). Extraction into a
 * container ({@code docker cp}) adds two of Docker's tar options: {@code noOverwriteDirNonDir}
 * (an entry may not replace a directory by a non-directory or the other way round) and an owner
 * given to every entry instead of the tar's ({@code copyUIDGID}: the container user's).
 */
public record UnpackOptions(WhiteoutMode mode, boolean allowDevices, boolean keepOwnership, boolean noOverwriteDirNonDir, Optional<FileOwner> owner) {
  /** A uid/gid pair given to every unpacked entry. */
  public record FileOwner(int uid, int gid) {}

  public UnpackOptions(WhiteoutMode mode, boolean allowDevices, boolean keepOwnership) {
    this(mode, allowDevices, keepOwnership, false, Optional.empty());
  }

  public static UnpackOptions overlay() {
    return new UnpackOptions(WhiteoutMode.OVERLAY, false, true);
  }

  public static UnpackOptions apply() {
    return new UnpackOptions(WhiteoutMode.APPLY, false, true);
  }

  public UnpackOptions withDevices(boolean allowed) {
    return new UnpackOptions(mode, allowed, keepOwnership, noOverwriteDirNonDir, owner);
  }

  public UnpackOptions withOwnership(boolean keep) {
    return new UnpackOptions(mode, allowDevices, keep, noOverwriteDirNonDir, owner);
  }

  public UnpackOptions withNoOverwriteDirNonDir(boolean refuse) {
    return new UnpackOptions(mode, allowDevices, keepOwnership, refuse, owner);
  }

  public UnpackOptions withOwner(Optional<FileOwner> newOwner) {
    return new UnpackOptions(mode, allowDevices, keepOwnership, noOverwriteDirNonDir, newOwner);
  }
}
