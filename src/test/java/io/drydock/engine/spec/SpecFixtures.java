package io.drydock.engine.spec;

import io.drydock.common.ContainerId;
import io.drydock.engine.container.ContainerConfig;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.ContainerState;
import io.drydock.engine.container.RestartPolicy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Containers and host settings for the spec builder's tests. */
final class SpecFixtures {
  static final String ID = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private SpecFixtures() {}

  static ContainerRecord container(ContainerConfig config, ContainerResources resources) {
    return new ContainerRecord(ContainerId.of(ID), "/test", Instant.EPOCH, "busybox", "sha256:" + "ab".repeat(32), config, resources,
        RestartPolicy.NO, false, ContainerState.created());
  }

  static ContainerConfig config(List<String> env, boolean tty) {
    return new ContainerConfig("/bin/sh", List.of("-c", "true"), env, "", "", "", tty, false, false, Map.of(), null, null);
  }

  static SpecInput input(HostSettings host, ContainerResources resources) {
    return new SpecInput(container(config(List.of("PATH=/bin"), false), resources), host, ResolvedUser.ROOT, Path.of("/r/rootfs"), Map.of());
  }

  static HostSettings host(List<String> add, List<String> drop, boolean privileged, boolean readonly, HostSettings.NetworkMode mode) {
    return HostSettings.builder().capAdd(add).capDrop(drop).privileged(privileged).readonlyRootfs(readonly).networkMode(mode).build();
  }
}
