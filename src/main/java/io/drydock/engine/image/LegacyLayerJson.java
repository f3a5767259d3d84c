package io.drydock.engine.image;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.common.Digest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The legacy (pre-1.10) per-layer {@code json} of a docker-archive and the v1 id that names the
 * layer's directory, built as dockerd 20.10's save builds them, so tools that read the old layout
 * (a {@code repositories} entry → a layer directory → its {@code parent}) find a chain, and the
 * names match dockerd's for the same image. Every layer but the top one gets an empty v1 image
 * created at the Unix epoch (with the image's os); the top one carries the image's own config. A layer's id is the
 * sha256 of that json without {@code id}, its keys sorted, plus {@code layer_id} (the layer's
 * chain id) and {@code parent} (the id below). The texts are Go's {@code encoding/json}: the
 * struct's field order, its {@code omitempty} rules, map keys sorted, {@code <>&} escaped. Pure.
 */
final class LegacyLayerJson {
  /** One layer of the chain: its v1 id (hex) and its json. */
  record Layer(String id, byte[] json) {}

  /** {@code container.Config}'s fields in Go's order; true where the field is {@code omitempty}. */
  private static final Map<String, Boolean> CONFIG_FIELDS = ordered(
      "Hostname", false, "Domainname", false, "User", false, "AttachStdin", false, "AttachStdout", false, "AttachStderr", false,
      "ExposedPorts", true, "Tty", false, "OpenStdin", false, "StdinOnce", false, "Env", false, "Cmd", false, "Healthcheck", true,
      "ArgsEscaped", true, "Image", false, "Volumes", false, "WorkingDir", false, "Entrypoint", false, "NetworkDisabled", true,
      "MacAddress", true, "OnBuild", false, "Labels", false, "StopSignal", true, "StopTimeout", true, "Shell", true);
  private static final List<String> BOOLEANS = List.of("AttachStdin", "AttachStdout", "AttachStderr", "Tty", "OpenStdin", "StdinOnce",
      "ArgsEscaped", "NetworkDisabled");
  private static final List<String> STRINGS = List.of("Hostname", "Domainname", "User", "Image", "WorkingDir", "MacAddress", "StopSignal");
  private static final List<String> HEALTHCHECK_FIELDS = List.of("Test", "Interval", "Timeout", "StartPeriod", "Retries");
  private static final String EPOCH = "1970-01-01T00:00:00Z";

  private LegacyLayerJson() {}

  /** The chain of {@code config}'s layers, bottom first, as dockerd names and describes them. */
  static List<Layer> chain(JsonNode config, List<Digest> diffIds) {
    List<Layer> out = new ArrayList<>();
    String parent = "";
    String chainId = "";
    for (int i = 0; i < diffIds.size(); i++) {
      chainId = i == 0 ? diffIds.get(0).toString() : "sha256:" + sha256(chainId + " " + diffIds.get(i));
      boolean top = i == diffIds.size() - 1;
      Map<String, String> fields = top ? imageFields(config) : emptyFields(config);
      Map<String, String> forId = new TreeMap<>(fields);
      if (!top) {
        forId.remove("os"); // dockerd sets a lower layer's os after it has computed the id
      }
      forId.put("layer_id", quote(chainId));
      if (!parent.isEmpty()) {
        forId.put("parent", quote("sha256:" + parent));
      }
      String id = sha256(object(forId));
      Map<String, String> json = new java.util.LinkedHashMap<>();
      json.put("id", quote(id));
      if (!parent.isEmpty()) {
        json.put("parent", quote(parent));
      }
      json.putAll(fields);
      out.add(new Layer(id, object(json).getBytes(StandardCharsets.UTF_8)));
      parent = id;
    }
    return out;
  }

  /** A lower layer's v1 image: created at the epoch, an empty container config, the image's os. */
  private static Map<String, String> emptyFields(JsonNode c) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("created", quote(EPOCH));
    m.put("container_config", containerConfig(null));
    putText(m, "os", c);
    return m;
  }

  /** {@code image.V1Image}'s fields after {@code id} and {@code parent}, from the image's config. */
  private static Map<String, String> imageFields(JsonNode c) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    putText(m, "comment", c);
    m.put("created", quote(c.path("created").asText(EPOCH)));
    putText(m, "container", c);
    m.put("container_config", containerConfig(c.get("container_config")));
    putText(m, "docker_version", c);
    putText(m, "author", c);
    if (c.hasNonNull("config")) {
      m.put("config", containerConfig(c.get("config")));
    }
    putText(m, "architecture", c);
    putText(m, "variant", c);
    putText(m, "os", c);
    return m;
  }

  private static void putText(Map<String, String> m, String key, JsonNode c) {
    String v = c.path(key).asText("");
    if (!v.isEmpty()) {
      m.put(key, quote(v));
    }
  }

  /** {@code container.Config} as Go writes it, every field from {@code c} (absent or null: its zero value). */
  static String containerConfig(JsonNode c) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Boolean> f : CONFIG_FIELDS.entrySet()) {
      JsonNode v = c == null ? null : c.get(f.getKey());
      String text = value(f.getKey(), v);
      boolean pointer = f.getKey().equals("Healthcheck") || f.getKey().equals("StopTimeout");
      boolean empty = text.equals("null") || !pointer && (text.equals("false") || text.equals("\"\"") || text.equals("{}") || text.equals("[]"));
      if (!f.getValue() || !empty) {
        m.put(f.getKey(), text);
      }
    }
    return object(m);
  }

  private static String value(String field, JsonNode v) {
    boolean missing = v == null || v.isNull();
    if (BOOLEANS.contains(field)) {
      return Boolean.toString(!missing && v.asBoolean());
    }
    if (STRINGS.contains(field)) {
      return quote(missing ? "" : v.asText());
    }
    if (missing) {
      return "null";
    }
    if (field.equals("Healthcheck")) {
      Map<String, String> h = new java.util.LinkedHashMap<>();
      for (String k : HEALTHCHECK_FIELDS) {
        JsonNode x = v.get(k);
        if (x != null && !x.isNull() && !(x.isArray() && x.isEmpty()) && !(x.isNumber() && x.asLong() == 0)) {
          h.put(k, generic(x));
        }
      }
      return object(h);
    }
    return generic(v);
  }

  /** Any JSON value as Go re-encodes it: maps sorted by key, arrays in order, strings escaped as Go does. */
  private static String generic(JsonNode v) {
    if (v.isObject()) {
      Map<String, String> m = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        m.put(e.getKey(), generic(e.getValue()));
      }
      return object(m);
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(x -> items.add(generic(x)));
      return "[" + String.join(",", items) + "]";
    }
    if (v.isTextual()) {
      return quote(v.asText());
    }
    return v.toString();
  }

  private static String object(Map<String, String> fields) {
    StringBuilder b = new StringBuilder("{");
    fields.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
    return b.append('}').toString();
  }

  /** A JSON string as Go's encoder writes it (HTML-safe: {@code <>&} and U+2028/2029 escaped). */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Boolean> ordered(Object... pairs) {
    Map<String, Boolean> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Boolean) pairs[i + 1]);
    }
    return m;
  }
}
