package io.drydock.benchmarks;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code <runtime> run} of {@code /bin/true} with the OCI config drydock's engine writes for
 * {@code docker run --network none busybox true}, on the same busybox rootfs: Docker's default
 * spec, so the runtime compiles and loads the seccomp profile, applies the device rules in every
 * cgroup hierarchy, mounts {@code /sys/fs/cgroup}, {@code /dev/mqueue}, {@code /dev/shm} and the
 * three {@code /etc} files, and masks and re-mounts the ~20 paths Docker hides. That is the work
 * drydock's runtime does inside the API sequence, and what {@link PeerRuntimeBenchmark}'s minimal
 * bundle leaves out; this row is the like-for-like peer of {@link ApiRunBenchmark}. benchmarks/run
 * copies the config from a container it ran on drydock ({@value #CONFIG_ENV}) and names a private
 * cgroup parent ({@value #CGROUP_ENV}).
 */
public class EngineConfigPeerRuntimeBenchmark extends PeerRuntimeBenchmark {
  static final String CONFIG_ENV = "DRYDOCK_BENCH_ENGINE_CONFIG";
  static final String CGROUP_ENV = "DRYDOCK_BENCH_ENGINE_CONFIG_CGROUP";

  @Override
  BusyboxBundle bundle() throws IOException {
    String config = System.getenv(CONFIG_ENV);
    String cgroup = System.getenv(CGROUP_ENV);
    if (config == null || cgroup == null) {
      throw new IllegalStateException("needs " + CONFIG_ENV + " and " + CGROUP_ENV + " (set by benchmarks/run)");
    }
    return BusyboxBundle.withEngineConfig(Path.of(config), cgroup);
  }
}
