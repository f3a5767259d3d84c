package io.drydock.engine.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a seccomp profile in Docker's JSON format against the Go types dockerd decodes it into,
 * and words the first mismatch as Go's decoder does ({@code json: cannot unmarshal string into Go
 * struct field Seccomp.syscalls of type []*seccomp.Syscall}). Without it a value of the wrong type
 * would be read as absent — a deny rule whose {@code names} is a string instead of a list would be
 * dropped and the container would run without it. Unknown keys and {@code null}s are accepted, as
 * Go accepts them; keys are matched exactly (Go would also take another letter case).
 */
final class DockerProfileShape {
  private DockerProfileShape() {}

  private sealed interface Type {
    String goName();
  }

  private record Text(String goName) implements Type {}

  private record Unsigned(String goName, BigInteger max) implements Type {}

  private record ListOf(String goName, Type element) implements Type {}

  private record Struct(String goName, String shortName, Map<String, Type> fields) implements Type {}

  private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final Type ARCH = new Text("specs.Arch");
  private static final Type UINT = new Unsigned("uint", UINT64_MAX);
  private static final Type UINT64 = new Unsigned("uint64", UINT64_MAX);
  private static final Type STRINGS = new ListOf("[]string", new Text("string"));
  private static final Struct FILTER = new Struct("seccomp.Filter", "Filter", Map.of(
      "caps", STRINGS, "arches", STRINGS, "minKernel", new Text("seccomp.KernelVersion")));
  private static final Struct ARG = new Struct("specs.LinuxSeccompArg", "LinuxSeccompArg", Map.of(
      "index", UINT, "value", UINT64, "valueTwo", UINT64, "op", new Text("specs.LinuxSeccompOperator")));
  private static final Struct SYSCALL = new Struct("seccomp.Syscall", "Syscall", Map.of(
      "name", new Text("string"), "names", STRINGS, "action", new Text("specs.LinuxSeccompAction"), "errnoRet", UINT,
      "args", new ListOf("[]*specs.LinuxSeccompArg", ARG), "comment", new Text("string"), "includes", FILTER, "excludes", FILTER));
  private static final Struct ARCHITECTURE = new Struct("seccomp.Architecture", "Architecture", Map.of(
      "architecture", ARCH, "subArchitectures", new ListOf("[]specs.Arch", ARCH)));
  private static final Struct SECCOMP = new Struct("seccomp.Seccomp", "Seccomp", Map.of(
      "defaultAction", new Text("specs.LinuxSeccompAction"), "defaultErrnoRet", UINT,
      "architectures", new ListOf("[]specs.Arch", ARCH), "archMap", new ListOf("[]seccomp.Architecture", ARCHITECTURE),
      "syscalls", new ListOf("[]*seccomp.Syscall", SYSCALL), "flags", new ListOf("[]specs.LinuxSeccompFlag", new Text("specs.LinuxSeccompFlag"))));

  /** The decoder's message for the first value of the wrong type, in document order; empty when the profile fits. */
  static Optional<String> mismatch(JsonNode profile) {
    if (!profile.isObject()) {
      return Optional.of("json: cannot unmarshal " + kind(profile) + " into Go value of type " + SECCOMP.goName());
    }
    return struct(SECCOMP, profile, "");
  }

  private static Optional<String> struct(Struct type, JsonNode node, String path) {
    for (Map.Entry<String, JsonNode> f : node.properties()) {
      Type field = type.fields().get(f.getKey());
      if (field == null) {
        continue;
      }
      String at = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
      Optional<String> wrong = value(field, f.getValue(), type.shortName(), at);
      if (wrong.isPresent()) {
        return wrong;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> value(Type type, JsonNode node, String owner, String path) {
    if (node.isNull()) {
      return Optional.empty();
    }
    if (type instanceof Unsigned u) {
      return unsigned(u, node, owner, path);
    }
    if (type instanceof Struct s) {
      return node.isObject() ? struct(s, node, path) : wrong(kind(node), owner, path, s);
    }
    if (type instanceof ListOf l) {
      return list(l, node, owner, path);
    }
    return node.isTextual() ? Optional.empty() : wrong(kind(node), owner, path, type);
  }

  private static Optional<String> list(ListOf type, JsonNode node, String owner, String path) {
    if (!node.isArray()) {
      return wrong(kind(node), owner, path, type);
    }
    for (JsonNode element : node) {
      Optional<String> bad = value(type.element(), element, owner, path);
      if (bad.isPresent()) {
        return bad;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> unsigned(Unsigned type, JsonNode node, String owner, String path) {
    if (!node.isNumber()) {
      return wrong(kind(node), owner, path, type);
    }
    if (!node.isIntegralNumber() || node.bigIntegerValue().signum() < 0 || node.bigIntegerValue().compareTo(type.max()) > 0) {
      return wrong("number " + node.asText(), owner, path, type);
    }
    return Optional.empty();
  }

  private static Optional<String> wrong(String value, String owner, String path, Type type) {
    return Optional.of("json: cannot unmarshal " + value + " into Go struct field " + owner + "." + path + " of type " + type.goName());
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "bool";
      case ARRAY -> "array";
      default -> "object";
    };
  }
}
