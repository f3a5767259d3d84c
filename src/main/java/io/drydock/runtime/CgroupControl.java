package io.drydock.runtime;

import io.drydock.runtime.cgroup.CgroupStats;
import io.drydock.runtime.spec.Resources;

/**
 * The runtime verbs that act on a container's cgroup (runc's {@code pause}, {@code resume},
 * {@code update}, {@code events --stats}), offered by drydock's {@link LinuxRuntime} and, through
 * the binary's command line, by {@link BinaryRuntime}. Separate from {@link OciRuntime} because the
 * OCI runtime-spec's operations do not include them.
 *
 * <p>Pause is allowed in created and running, resume only in paused (runc's {@code container not
 * running} / {@code container not paused} otherwise, as Conflict); while paused, {@code state}
 * says {@code paused}.
 */
public interface CgroupControl {
  void pause(RuntimeId id);

  void resume(RuntimeId id);

  /** Applies the given OCI {@code linux.resources}; absent values keep the current limit. */
  void update(RuntimeId id, Resources resources);

  CgroupStats stats(RuntimeId id);
}
