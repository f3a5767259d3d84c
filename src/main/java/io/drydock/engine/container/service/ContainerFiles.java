package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.spec.LogDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

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

  /**
   * The live log file of {@code driver}: json-file's {@code <id>-json.log}, the local driver's
   * {@code local-logs/container.log} (dockerd's names); none for the {@code none} driver.
   */
  public Optional<Path> log(ContainerId id, LogDriver driver) {
    return switch (driver) {
      case JSON_FILE -> Optional.of(log(id));
      case LOCAL -> Optional.of(dir(id).resolve("local-logs").resolve("container.log"));
      case NONE -> Optional.empty();
    };
  }

  /**
   * Makes the directory of {@code driver}'s log when it is not the container's own: the local
   * driver's {@code local-logs}, owner-only (0700) as dockerd makes it.
   */
  public void makeLogDirectory(ContainerId id, LogDriver driver) {
    Optional<Path> file = log(id, driver);
    if (file.isEmpty() || file.get().getParent().equals(dir(id))) {
      return;
    }
    try {
      Files.createDirectory(file.get().getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // made by an earlier start
    } catch (IOException e) {
      throw new DrydockException.SystemError("create the log directory of " + id.value() + ": " + e.getMessage(), e);
    }
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
