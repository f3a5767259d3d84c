package io.drydock.supervisor.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drydock.runtime.BusyboxBundleAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Busybox bundles for task tests: a writable rootfs (tests read what the container wrote) and the
 * cgroup path the engine will set, {@code /drydock/<id>}.
 */
final class TaskBundles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TaskBundles() {}

  static Path create(Path dir, String id, String... args) throws IOException {
    Path bundle = BusyboxBundleAccess.create(Files.createDirectories(dir), List.of(args), UnaryOperator.identity());
    Path config = bundle.resolve("config.json");
    ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(config));
    ((ObjectNode) root.get("linux")).put("cgroupsPath", cgroupPath(id));
    ((ObjectNode) root.get("root")).put("readonly", false);
    Files.write(config, JSON.writeValueAsBytes(root));
    return bundle;
  }

  /** A bundle like {@link #create} whose config.json limits the container's memory. */
  static Path createWithMemoryLimit(Path dir, String id, long limitBytes, String... args) throws IOException {
    Path bundle = create(dir, id, args);
    Path config = bundle.resolve("config.json");
    ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(config));
    ((ObjectNode) root.get("linux")).putObject("resources").putObject("memory").put("limit", limitBytes);
    Files.write(config, JSON.writeValueAsBytes(root));
    return bundle;
  }

  static String cgroupPath(String id) {
    return "/drydock/" + id;
  }
}
