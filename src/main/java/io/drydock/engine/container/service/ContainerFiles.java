package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import java.nio.file.Path;

/** Where one container's files live: {@code <root>/<id>/} holds the OCI bundle, its rootfs mount point and the log. */
public record ContainerFiles(Path root) {
  public Path dir(ContainerId id) {
    return root.resolve(id.value());
  }

  public Path rootfs(ContainerId id) {
    return dir(id).resolve("rootfs");
  }

  public Path config(ContainerId id) {
    return dir(id).resolve("config.json");
  }

  public Path log(ContainerId id) {
    return dir(id).resolve(id.value() + "-json.log");
  }

  public Path hostname(ContainerId id) {
    return dir(id).resolve("hostname");
  }

  /** Where a {@code shareable} container's {@code /dev/shm} tmpfs is mounted on the host while it runs (dockerd's {@code mounts/shm}). */
  public Path shm(ContainerId id) {
    return dir(id).resolve("mounts").resolve("shm");
  }

  public Path hosts(ContainerId id) {
    return dir(id).resolve("hosts");
  }

  /**
   * The init binary of {@code --init} containers, {@code <data root>/bin/drydock-init}: the
   * daemon installs it there at start (world-executable, since any container user runs it).
   */
  public Path initBinary() {
    return root.resolveSibling("bin").resolve(INIT_NAME);
  }

  public static final String INIT_NAME = "drydock-init";
}
