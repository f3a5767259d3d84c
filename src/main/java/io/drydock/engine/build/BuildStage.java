package io.drydock.engine.build;

import io.drydock.engine.image.ImageConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one build stage knows between steps: the image it stands on (empty for {@code scratch}
 * before its first layer), the config the next image gets, the author, the shell of shell-form
 * commands, the ARGs declared so far and whether this stage set CMD (an ENTRYPOINT clears an
 * inherited CMD only). Mutable, owned by one build's thread.
 */
final class BuildStage {
  static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  final String name;
  Optional<String> imageId;
  ImageConfig config;
  String author = "";
  List<String> shell = DEFAULT_SHELL;
  boolean cmdSet;
  final Map<String, String> args = new LinkedHashMap<>();

  BuildStage(String name, Optional<String> imageId, ImageConfig config) {
    this.name = name;
    this.imageId = imageId;
    this.config = config;
  }

  /** The value substitution sees: ENV wins over ARG, as in dockerd; null when neither sets it. */
  String lookup(String key) {
    List<String> env = config.env();
    for (int i = env.size() - 1; i >= 0; i--) {
      String e = env.get(i);
      if (e.startsWith(key + "=")) {
        return e.substring(key.length() + 1);
      }
    }
    return args.get(key);
  }

  boolean inEnv(String key) {
    return config.env().stream().anyMatch(e -> e.startsWith(key + "="));
  }

  /** The declared ARGs with a value that ENV does not shadow, sorted: what a RUN sees and its history records. */
  Map<String, String> effectiveArgs() {
    Map<String, String> out = new TreeMap<>();
    args.forEach((k, v) -> {
      if (v != null && !inEnv(k)) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** The environment of a RUN container: the config's plus the effective ARGs. */
  List<String> runEnv(Map<String, String> predefined) {
    List<String> env = new ArrayList<>(config.env());
    effectiveArgs().forEach((k, v) -> env.add(k + "=" + v));
    predefined.forEach((k, v) -> {
      if (!inEnv(k) && !args.containsKey(k)) {
        env.add(k + "=" + v);
      }
    });
    return env;
  }
}
