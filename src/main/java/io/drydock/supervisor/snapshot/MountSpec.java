package io.drydock.supervisor.snapshot;

import java.util.List;

/**
 * One mount as data, in containerd's shape: {@code type} is "bind" or "overlay", {@code source}
 * the bind source (or "overlay"), {@code options} the flags ("ro", "rbind") and fs options
 * ("lowerdir=...", "upperdir=...", "workdir=..."). Mounting is {@link Mounts}'s job, so the engine
 * can hand the same list to whoever builds the container's root.
 */
public record MountSpec(String type, String source, List<String> options) {
  public MountSpec {
    options = List.copyOf(options);
  }

  public boolean readOnly() {
    return options.contains("ro");
  }
}
