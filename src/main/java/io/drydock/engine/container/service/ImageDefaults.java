package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * dockerd's merge of a create request with the image config ({@code merge} in daemon/create.go):
 * env merged by key (the request's first, then the image's others), labels merged, working dir and user from the image unless
 * given, and the command rules — an Entrypoint in the request drops the image's Cmd unless Cmd is
 * also given, and an Entrypoint of one empty string means none (neither the image's); without any
 * command the create is refused with dockerd's message.
 */
final class ImageDefaults {
  /** The process as it resolved: Config.Entrypoint and Config.Cmd, and the argv they make. */
  record Process(List<String> entrypoint, List<String> cmd, List<String> argv) {}

  private ImageDefaults() {}

  static Process process(CreateRequest r, ImageConfig image) {
    // [""] (docker run --entrypoint '') resets the image's entrypoint: none at all, as dockerd stores it
    List<String> entrypoint = r.entrypoint().map(e -> e.equals(List.of("")) ? List.<String>of() : e).orElse(image.entrypoint());
    List<String> cmd = r.cmd().orElse(r.entrypoint().isPresent() ? List.of() : image.cmd());
    List<String> argv = new ArrayList<>(entrypoint);
    argv.addAll(cmd);
    if (argv.isEmpty()) {
      throw new DrydockException.InvalidArgument("No command specified");
    }
    return new Process(entrypoint, cmd, argv);
  }

  /**
   * Config.Env as dockerd keeps it: the request's entries as sent, then each image entry whose key
   * the request does not name (the process's env is merged from it by key later, {@code ProcessEnv}).
   */
  static List<String> env(CreateRequest r, ImageConfig image) {
    List<String> env = new ArrayList<>(r.env());
    List<String> keys = r.env().stream().map(ImageDefaults::envKey).toList();
    for (String e : image.env()) {
      if (!keys.contains(envKey(e))) {
        env.add(e);
      }
    }
    return env;
  }

  private static String envKey(String entry) {
    int eq = entry.indexOf('=');
    return eq < 0 ? entry : entry.substring(0, eq);
  }

  static Map<String, String> labels(CreateRequest r, ImageConfig image) {
    Map<String, String> m = new TreeMap<>(image.labels());
    m.putAll(r.labels());
    return m;
  }

  static String workingDir(CreateRequest r, ImageConfig image) {
    String wd = r.workingDir().isEmpty() ? image.workingDir() : r.workingDir();
    if (!wd.isEmpty() && !wd.startsWith("/")) {
      throw new DrydockException.InvalidArgument("the working directory '" + wd + "' is invalid, it needs to be an absolute path");
    }
    return WorkingDirectory.clean(wd);
  }

  static String user(CreateRequest r, ImageConfig image) {
    return r.user().isEmpty() ? image.user() : r.user();
  }

  /**
   * The container's check over the image's, as dockerd merges them at create: the image's when the
   * client sent none, else each value the client left unset taken from the image's.
   */
  static io.drydock.engine.container.health.Healthcheck healthcheck(CreateRequest r, ImageConfig image) {
    if (r.healthcheck() == null || image.healthcheck() == null) {
      return r.healthcheck() == null ? image.healthcheck() : r.healthcheck();
    }
    return r.healthcheck().over(image.healthcheck());
  }

  static String stopSignal(CreateRequest r, ImageConfig image) {
    return r.stopSignal() != null && !r.stopSignal().isEmpty() ? r.stopSignal() : image.stopSignal();
  }
}
