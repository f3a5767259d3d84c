package io.drydock.engine.container.service;

import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files bound over a container's {@code /etc/hostname}, {@code /etc/hosts} and
 * {@code /etc/resolv.conf} at its last start, read from the OCI config that start wrote. dockerd
 * shows them (its {@code NetworkMounts}) to the archive verbs of a running and of a stopped
 * container alike, where the rootfs alone has only the empty mount points; a container never
 * started has none, as on dockerd.
 */
final class NetworkFiles {
  private static final Logger LOG = LoggerFactory.getLogger(NetworkFiles.class);
  private static final Set<String> PATHS = Set.of("/etc/hostname", "/etc/hosts", "/etc/resolv.conf");

  private NetworkFiles() {}

  /** Container path → the host file bound there; empty before the first start. */
  static Map<String, Path> of(Path config) {
    Map<String, Path> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(config)) {
      return out;
    }
    try {
      Spec spec = SpecCodec.read(config);
      for (Mount m : spec.mounts() == null ? java.util.List.<Mount>of() : spec.mounts()) {
        if (PATHS.contains(m.destination()) && "bind".equals(m.type()) && m.source() != null && Files.isRegularFile(Path.of(m.source()))) {
          out.put(m.destination(), Path.of(m.source()));
        }
      }
    } catch (RuntimeException e) {
      LOG.debug("network files of {} not read: {}", config, e.toString());
    }
    return out;
  }

  /** The same, keyed by where each path lies under {@code root} (the tree the verb walks). */
  static Map<Path, Path> under(Path root, Map<String, Path> files) {
    Map<Path, Path> out = new LinkedHashMap<>();
    files.forEach((inside, host) -> out.put(root.resolve(inside.substring(1)), host));
    return out;
  }
}
