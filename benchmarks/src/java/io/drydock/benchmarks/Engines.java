package io.drydock.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the engines that {@code benchmarks/run} started listen: {@code <dir>/<name>.sock} under the
 * directory in {@code DRYDOCK_BENCH_SOCKETS} (the run's private work directory). The benchmarks
 * take the engine's name as their parameter, so report rows say "drydock", "dockerd", "podman".
 */
final class Engines {
  static final String SOCKETS_ENV = "DRYDOCK_BENCH_SOCKETS";
  static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  /** The image every engine was given (the same bytes: one busybox-static image, saved and loaded). */
  static final String IMAGE = "busybox:latest";
  /** A container of {@code docker run --rm --network none busybox CMD}, as the create body. */
  static String createBody(String... cmd) {
    return createBodyOn("none", cmd);
  }

  /** The same on another network mode ({@code default} is the engine's bridge network, as a plain {@code docker run}). */
  static String createBodyOn(String networkMode, String... cmd) {
    StringBuilder args = new StringBuilder();
    for (String a : cmd) {
      args.append(args.length() == 0 ? "" : ",").append('"').append(a).append('"');
    }
    return "{\"Image\":\"" + IMAGE + "\",\"Cmd\":[" + args + "],\"HostConfig\":{\"NetworkMode\":\"" + networkMode + "\"}}";
  }

  private Engines() {}

  static Path socket(String engine) {
    String dir = System.getenv(SOCKETS_ENV);
    if (dir == null) {
      throw new IllegalStateException(SOCKETS_ENV + " is not set: run the API benchmarks through benchmarks/run");
    }
    Path socket = Path.of(dir, engine + ".sock");
    if (!Files.exists(socket)) {
      throw new IllegalStateException(engine + ": no socket at " + socket + " (not started by benchmarks/run?)");
    }
    return socket;
  }

  /** The id in a create response: {"Id":"...", "Warnings": [...]}. */
  static String idOf(String createResponse) throws java.io.IOException {
    String id = JSON.readTree(createResponse).path("Id").asText("");
    if (id.isEmpty()) {
      throw new java.io.IOException("no Id in the create response: " + createResponse);
    }
    return id;
  }
}
