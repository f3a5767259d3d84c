package io.drydock.engine.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The wire forms of manifests and manifest lists (Docker schema2 and OCI share their shape),
 * read into {@link Descriptor}s and written with a fixed key order, so that the same image is
 * always the same bytes and hence the same digest.
 */
public final class ImageJson {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A single-image manifest: its media type, config and layers, bottom layer first. */
  public record Manifest(String mediaType, Descriptor config, List<Descriptor> layers) {
    public Manifest {
      layers = List.copyOf(layers);
    }
  }

  private ImageJson() {}

  static JsonNode parse(byte[] bytes, String what) {
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new DrydockException.InvalidArgument("invalid " + what + ": not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new DrydockException.InvalidArgument("invalid " + what + ": " + e.getMessage(), e);
    }
  }

  static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new DrydockException.SystemError("encode JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The media type of a manifest document: its {@code mediaType} field, else the one the
   * transport named, else (an OCI document without the field) guessed from its shape.
   */
  public static String mediaTypeOf(byte[] bytes, String declared) {
    JsonNode node = parse(bytes, "manifest");
    String field = node.path("mediaType").asText("");
    if (!field.isEmpty()) {
      return field;
    }
    if (declared != null && !declared.isBlank() && !declared.startsWith("application/json")) {
      return declared;
    }
    return node.has("manifests") ? MediaTypes.OCI_INDEX : MediaTypes.OCI_MANIFEST;
  }

  public static Manifest readManifest(byte[] bytes, String mediaType) {
    JsonNode node = parse(bytes, "manifest");
    if (node.path("schemaVersion").asInt(0) != 2) {
      throw new DrydockException.InvalidArgument(
          "unsupported manifest schemaVersion " + node.path("schemaVersion") + " (only schema 2 and OCI are supported)");
    }
    Descriptor config = descriptor(node.path("config"), "manifest config");
    List<Descriptor> layers = new ArrayList<>();
    for (JsonNode layer : node.path("layers")) {
      layers.add(descriptor(layer, "manifest layer"));
    }
    return new Manifest(mediaType, config, layers);
  }

  /** The entries of a manifest list or OCI index. */
  public static List<Descriptor> readIndex(byte[] bytes) {
    JsonNode node = parse(bytes, "manifest list");
    List<Descriptor> entries = new ArrayList<>();
    for (JsonNode m : node.path("manifests")) {
      entries.add(descriptor(m, "manifest list entry"));
    }
    return entries;
  }

  static Descriptor descriptor(JsonNode node, String what) {
    if (!node.isObject() || !node.path("digest").isTextual() || !node.path("size").canConvertToLong()) {
      throw new DrydockException.InvalidArgument("invalid " + what + ": needs mediaType, digest and size");
    }
    Optional<Platform> platform = Optional.empty();
    JsonNode p = node.path("platform");
    if (p.isObject()) {
      platform = Optional.of(new Platform(p.path("os").asText(""), p.path("architecture").asText(""), p.path("variant").asText("")));
    }
    Map<String, String> annotations = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.path("annotations").properties()) {
      annotations.put(e.getKey(), e.getValue().asText());
    }
    long size = node.path("size").asLong();
    if (size < 0) {
      throw new DrydockException.InvalidArgument("invalid " + what + ": negative size");
    }
    return new Descriptor(node.path("mediaType").asText(""), Digest.parse(node.path("digest").asText()), size, platform, annotations);
  }

  /** An OCI manifest for a config and its layers, always the same bytes for the same content. */
  public static byte[] writeOciManifest(Descriptor config, List<Descriptor> layers) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", 2);
    root.put("mediaType", MediaTypes.OCI_MANIFEST);
    root.set("config", descriptorNode(config));
    ArrayNode array = root.putArray("layers");
    layers.forEach(l -> array.add(descriptorNode(l)));
    return bytes(root);
  }

  static ObjectNode descriptorNode(Descriptor d) {
    ObjectNode node = JSON.createObjectNode();
    node.put("mediaType", d.mediaType());
    node.put("digest", d.digest().toString());
    node.put("size", d.size());
    if (!d.annotations().isEmpty()) {
      ObjectNode a = node.putObject("annotations");
      new TreeMap<>(d.annotations()).forEach(a::put);
    }
    d.platform().ifPresent(p -> {
      ObjectNode pn = node.putObject("platform");
      pn.put("architecture", p.architecture());
      pn.put("os", p.os());
      if (!p.variant().isEmpty()) {
        pn.put("variant", p.variant());
      }
    });
    return node;
  }
}
