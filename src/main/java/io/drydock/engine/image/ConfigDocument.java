package io.drydock.engine.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drydock.common.Digest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import io.drydock.engine.container.health.Healthcheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An image config blob (Docker's {@code container.image.v1} = OCI's {@code image.config.v1}) read
 * into engine values, and written back with a fixed key order so that an image built twice from
 * the same inputs has the same id.
 */
public record ConfigDocument(
    Platform platform,
    Optional<Instant> created,
    String author,
    String comment,
    ImageConfig config,
    List<Digest> diffIds,
    List<HistoryEntry> history,
    CommittedFrom committedFrom,
    ContainerSettings configSettings) {
  public ConfigDocument {
    committedFrom = committedFrom == null ? CommittedFrom.NONE : committedFrom;
    configSettings = configSettings == null ? ContainerSettings.NONE : configSettings;
    diffIds = List.copyOf(diffIds);
    history = List.copyOf(history);
    author = author == null ? "" : author;
    comment = comment == null ? "" : comment;
  }

  /** A document whose {@code config} holds no container settings (every image but a committed container's). */
  public ConfigDocument(Platform platform, Optional<Instant> created, String author, String comment, ImageConfig config, List<Digest> diffIds,
      List<HistoryEntry> history, CommittedFrom committedFrom) {
    this(platform, created, author, comment, config, diffIds, history, committedFrom, ContainerSettings.NONE);
  }

  public static ConfigDocument read(byte[] bytes) {
    JsonNode root = ImageJson.parse(bytes, "image config");
    Platform platform = new Platform(root.path("os").asText(""), root.path("architecture").asText(""), root.path("variant").asText(""));
    List<Digest> diffIds = new ArrayList<>();
    for (JsonNode d : root.path("rootfs").path("diff_ids")) {
      diffIds.add(Digest.parse(d.asText()));
    }
    List<HistoryEntry> history = new ArrayList<>();
    for (JsonNode h : root.path("history")) {
      history.add(new HistoryEntry(instant(h.path("created")), h.path("created_by").asText(""), h.path("comment").asText(""), h.path("empty_layer").asBoolean(false)));
    }
    return new ConfigDocument(platform, instant(root.path("created")), root.path("author").asText(""), root.path("comment").asText(""), readConfig(root.path("config")), diffIds, history,
        committedFrom(root.path("container").asText(""), root.path("container_config")), settings(root.path("config")));
  }

  private static CommittedFrom committedFrom(String container, JsonNode c) {
    if (!c.isObject()) {
      return container.isEmpty() ? CommittedFrom.NONE : new CommittedFrom(container, ContainerSettings.NONE, ImageConfig.EMPTY);
    }
    return new CommittedFrom(container, settings(c), readConfig(c));
  }

  private static ContainerSettings settings(JsonNode c) {
    return new ContainerSettings(c.path("Hostname").asText(""), c.path("Domainname").asText(""), c.path("AttachStdin").asBoolean(false),
        c.path("AttachStdout").asBoolean(false), c.path("AttachStderr").asBoolean(false), c.path("Tty").asBoolean(false),
        c.path("OpenStdin").asBoolean(false), c.path("StdinOnce").asBoolean(false), c.path("Image").asText(""));
  }

  private static Optional<Instant> instant(JsonNode node) {
    if (!node.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.OffsetDateTime.parse(node.asText()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static ImageConfig readConfig(JsonNode c) {
    return new ImageConfig(strings(c.path("Env")), strings(c.path("Cmd")), strings(c.path("Entrypoint")), c.path("WorkingDir").asText(""), c.path("User").asText(""), stringMap(c.path("Labels")), keys(c.path("ExposedPorts")), keys(c.path("Volumes")), c.path("StopSignal").asText(""), healthcheck(c.path("Healthcheck")), strings(c.path("OnBuild")));
  }

  /** The image's {@code Healthcheck}, durations in nanoseconds as Docker writes them; null when absent. */
  private static Healthcheck healthcheck(JsonNode h) {
    if (!h.isObject()) {
      return null;
    }
    return new Healthcheck(strings(h.path("Test")), h.path("Interval").asLong(0), h.path("Timeout").asLong(0), h.path("StartPeriod").asLong(0),
        h.path("Retries").asInt(0));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, String> stringMap(JsonNode object) {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The canonical bytes of this config (no whitespace, fixed key order, sorted maps). */
  public byte[] write() {
    ObjectNode root = ImageJson.JSON.createObjectNode();
    root.put("architecture", platform.architecture());
    if (!author.isEmpty()) {
      root.put("author", author);
    }
    if (!comment.isEmpty()) {
      root.put("comment", comment);
    }
    root.set("config", configSettings.equals(ContainerSettings.NONE) ? writeConfig(config) : withSettings(writeConfig(config), configSettings));
    if (!committedFrom.equals(CommittedFrom.NONE)) {
      root.put("container", committedFrom.containerId());
      root.set("container_config", writeContainerConfig(committedFrom));
    }
    created.ifPresent(c -> root.put("created", c.toString()));
    ArrayNode hist = root.putArray("history");
    for (HistoryEntry h : history) {
      ObjectNode n = hist.addObject();
      h.created().ifPresent(c -> n.put("created", c.toString()));
      if (!h.createdBy().isEmpty()) {
        n.put("created_by", h.createdBy());
      }
      if (!h.comment().isEmpty()) {
        n.put("comment", h.comment());
      }
      if (h.emptyLayer()) {
        n.put("empty_layer", true);
      }
    }
    root.put("os", platform.os());
    ObjectNode rootfs = root.putObject("rootfs");
    rootfs.put("type", "layers");
    ArrayNode ids = rootfs.putArray("diff_ids");
    diffIds.forEach(d -> ids.add(d.toString()));
    if (!platform.variant().isEmpty()) {
      root.put("variant", platform.variant());
    }
    return ImageJson.bytes(root);
  }

  private static void putNonZero(ObjectNode n, String key, long value) {
    if (value != 0) {
      n.put(key, value);
    }
  }

  /** {@code container_config} with the fields dockerd writes even when empty. */
  private static ObjectNode writeContainerConfig(CommittedFrom from) {
    return withSettings(writeConfig(from.config()), from.settings());
  }

  private static ObjectNode withSettings(ObjectNode n, ContainerSettings s) {
    n.put("Hostname", s.hostname());
    n.put("Domainname", s.domainname());
    n.put("AttachStdin", s.attachStdin());
    n.put("AttachStdout", s.attachStdout());
    n.put("AttachStderr", s.attachStderr());
    n.put("Tty", s.tty());
    n.put("OpenStdin", s.openStdin());
    n.put("StdinOnce", s.stdinOnce());
    n.put("Image", s.image());
    return n;
  }

  private static ObjectNode writeConfig(ImageConfig c) {
    ObjectNode n = ImageJson.JSON.createObjectNode();
    putList(n, "Cmd", c.cmd());
    putList(n, "Entrypoint", c.entrypoint());
    putList(n, "Env", c.env());
    putSet(n, "ExposedPorts", c.exposedPorts());
    if (!c.labels().isEmpty()) {
      ObjectNode labels = n.putObject("Labels");
      new TreeMap<>(c.labels()).forEach(labels::put);
    }
    if (c.healthcheck() != null) {
      ObjectNode h = n.putObject("Healthcheck");
      putList(h, "Test", c.healthcheck().test());
      putNonZero(h, "Interval", c.healthcheck().interval());
      putNonZero(h, "Timeout", c.healthcheck().timeout());
      putNonZero(h, "StartPeriod", c.healthcheck().startPeriod());
      putNonZero(h, "Retries", c.healthcheck().retries());
    }
    putList(n, "OnBuild", c.onBuild());
    if (!c.stopSignal().isEmpty()) {
      n.put("StopSignal", c.stopSignal());
    }
    if (!c.user().isEmpty()) {
      n.put("User", c.user());
    }
    putSet(n, "Volumes", c.volumes());
    if (!c.workingDir().isEmpty()) {
      n.put("WorkingDir", c.workingDir());
    }
    return n;
  }

  private static void putList(ObjectNode n, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(key);
      values.forEach(a::add);
    }
  }

  private static void putSet(ObjectNode n, String key, Set<String> values) {
    if (!values.isEmpty()) {
      ObjectNode o = n.putObject(key);
      new TreeSet<>(values).forEach(v -> o.putObject(v));
    }
  }
}
