package io.drydock.engine.spec;

import io.drydock.engine.container.ContainerRecord;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything {@link OciSpecBuilder} reads: the container, its host settings, the user resolved
 * against the image's files, the mounted rootfs, and host files to bind into the container
 * ({@code /etc/hostname}, {@code /etc/hosts}, {@code /etc/resolv.conf} → the files the service wrote).
 */
public record SpecInput(ContainerRecord container, HostSettings host, ResolvedUser user, Path rootfs, Map<String, Path> etcFiles) {
  public SpecInput {
    etcFiles = Map.copyOf(etcFiles);
  }
}
