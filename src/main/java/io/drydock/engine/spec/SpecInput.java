package io.drydock.engine.spec;

import io.drydock.engine.container.ContainerRecord;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything {@link OciSpecBuilder} reads: the container, its host settings, the user resolved
 * against the image's files, the mounted rootfs, and host files to bind into the container
 * ({@code /etc/hostname}, {@code /etc/hosts}, {@code /etc/resolv.conf} → the files the service wrote),
 * and the host's init binary that {@code --init} mounts at {@code /dev/init} (null when unknown).
 */
public record SpecInput(ContainerRecord container, HostSettings host, ResolvedUser user, Path rootfs, Map<String, Path> etcFiles,
    Path initBinary) {
  public SpecInput {
    etcFiles = Map.copyOf(etcFiles);
  }

  /** An input without an init binary (a container that asks for {@code --init} is then refused). */
  public SpecInput(ContainerRecord container, HostSettings host, ResolvedUser user, Path rootfs, Map<String, Path> etcFiles) {
    this(container, host, user, rootfs, etcFiles, null);
  }
}
