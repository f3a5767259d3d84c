package io.drydock.runtime.plan;

import java.util.List;

/**
 * The container's file system: the rootfs, its propagation, the mount-namespace steps in order
 * (mounts, device nodes, symlinks; destinations already resolved inside the rootfs), masked and
 * read-only paths, and whether the rootfs ends read-only.
 */
public record Filesystem(String rootfs, long rootPropagation, List<Step> mounts, List<String> maskedPaths,
    List<String> readonlyPaths, boolean readonlyRoot) {
  public Filesystem {
    mounts = List.copyOf(mounts);
    maskedPaths = List.copyOf(maskedPaths);
    readonlyPaths = List.copyOf(readonlyPaths);
  }
}
