package io.drydock.engine.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.seccomp.ArgCondition;
import io.drydock.runtime.seccomp.DefaultProfiles;
import io.drydock.runtime.seccomp.SeccompFlag;
import io.drydock.runtime.seccomp.SeccompProfile;
import io.drydock.runtime.seccomp.SyscallRule;
import io.drydock.runtime.spec.Seccomp;
import io.drydock.runtime.spec.Syscall;
import io.drydock.runtime.spec.SyscallArg;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OCI {@code linux.seccomp} of a container, as dockerd's {@code WithSeccomp} decides it: none
 * when privileged or {@code seccomp=unconfined}; Docker's default profile narrowed to the
 * container's capabilities and the native arch otherwise; or the client's own profile in Docker's
 * JSON format ({@code archMap}, {@code includes}/{@code excludes} by caps and arches), resolved
 * the same way. Pure: the runtime checks the names and compiles the filter.
 */
public final class SeccompSpecs {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private SeccompSpecs() {}

  /** The spec's seccomp object; null means no filter. */
  public static Seccomp forContainer(SecurityOptions.Seccomp choice, List<String> capabilities, boolean privileged, Arch nativeArch) {
    if (privileged) {
      return null;
    }
    if (choice instanceof SecurityOptions.Seccomp.Custom c) {
      return fromDockerProfile(parseDockerProfile(c.json()), Set.copyOf(capabilities), nativeArch);
    }
    return choice instanceof SecurityOptions.Seccomp.Unconfined ? null
        : toOci(DefaultProfiles.docker(Set.copyOf(capabilities), nativeArch));
  }

  /**
   * Parses a profile in Docker's format, as dockerd does at the start: a profile that is not JSON,
   * or has a value of the wrong type ({@link DockerProfileShape}), is dockerd's {@code Decoding
   * seccomp profile failed: ...}, a server error as dockerd's.
   */
  static JsonNode parseDockerProfile(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DrydockException.SystemError("Decoding seccomp profile failed: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw new DrydockException.SystemError("Decoding seccomp profile failed: unexpected end of JSON input");
    }
    DockerProfileShape.mismatch(node).ifPresent(m -> {
      throw new DrydockException.SystemError("Decoding seccomp profile failed: " + m);
    });
    return node;
  }

  static Seccomp toOci(SeccompProfile p) {
    List<Syscall> syscalls = new ArrayList<>();
    for (SyscallRule r : p.syscalls()) {
      List<SyscallArg> args = new ArrayList<>();
      for (ArgCondition a : r.args()) {
        args.add(new SyscallArg(a.index(), a.value(), a.valueTwo() == 0 ? null : a.valueTwo(), a.op().name(), null));
      }
      syscalls.add(new Syscall(r.names(), r.action().name(),
          r.errnoRet().isPresent() ? (long) r.errnoRet().getAsInt() : null, args.isEmpty() ? null : args, null));
    }
    return new Seccomp(p.defaultAction().name(), p.defaultErrnoRet().isPresent() ? (long) p.defaultErrnoRet().getAsInt() : null,
        p.architectures().stream().map(Arch::ociName).toList(), p.flags().isEmpty() ? null : p.flags().stream().map(SeccompFlag::name).toList(),
        null, null, syscalls, null);
  }

  static Seccomp fromDockerProfile(JsonNode p, Set<String> capabilities, Arch nativeArch) {
    Set<String> caps = new LinkedHashSet<>();
    capabilities.forEach(c -> caps.add(canonicalCap(c)));
    List<Syscall> syscalls = new ArrayList<>();
    for (JsonNode s : p.path("syscalls")) {
      if (!applies(s, caps, nativeArch)) {
        continue;
      }
      List<String> names = new ArrayList<>(texts(s.path("names")));
      if (s.hasNonNull("name") && !s.path("name").asText().isEmpty()) {
        names.add(s.path("name").asText());
      }
      if (names.isEmpty()) {
        continue;
      }
      List<SyscallArg> args = new ArrayList<>();
      for (JsonNode a : s.path("args")) {
        args.add(new SyscallArg(a.path("index").asInt(), a.path("value").asLong(),
            a.path("valueTwo").asLong(0) == 0 ? null : a.path("valueTwo").asLong(), a.path("op").asText(), null));
      }
      syscalls.add(new Syscall(names, s.path("action").asText(), s.hasNonNull("errnoRet") ? s.path("errnoRet").asLong() : null,
          args.isEmpty() ? null : args, null));
    }
    List<String> flags = texts(p.path("flags"));
    return new Seccomp(p.path("defaultAction").asText(), p.hasNonNull("defaultErrnoRet") ? p.path("defaultErrnoRet").asLong() : null,
        architectures(p, nativeArch), flags.isEmpty() ? null : flags, null, null, syscalls, null);
  }

  /** {@code archMap}: the native arch's entry with its sub-arches; else {@code architectures} as given. */
  private static List<String> architectures(JsonNode p, Arch nativeArch) {
    for (JsonNode m : p.path("archMap")) {
      if (ociArch(m.path("architecture").asText()).equals(nativeArch.ociName())) {
        List<String> arches = new ArrayList<>(List.of(nativeArch.ociName()));
        texts(m.path("subArchitectures")).forEach(a -> arches.add(ociArch(a)));
        return arches;
      }
    }
    List<String> given = texts(p.path("architectures"));
    return given.isEmpty() ? null : given.stream().map(SeccompSpecs::ociArch).toList();
  }

  private static boolean applies(JsonNode s, Set<String> caps, Arch nativeArch) {
    JsonNode inc = s.path("includes");
    JsonNode exc = s.path("excludes");
    List<String> incArches = texts(inc.path("arches")).stream().map(SeccompSpecs::ociArch).toList();
    if (!incArches.isEmpty() && !incArches.contains(nativeArch.ociName())) {
      return false;
    }
    for (String cap : texts(inc.path("caps"))) {
      if (!caps.contains(canonicalCap(cap))) {
        return false;
      }
    }
    if (texts(exc.path("arches")).stream().map(SeccompSpecs::ociArch).anyMatch(nativeArch.ociName()::equals)) {
      return false;
    }
    return texts(exc.path("caps")).stream().noneMatch(c -> caps.contains(canonicalCap(c)));
  }

  /** Docker's profiles name arches both {@code SCMP_ARCH_X86_64} and {@code amd64}-style; OCI wants the former. */
  private static final Map<String, String> GO_ARCHES = Map.of("amd64", "SCMP_ARCH_X86_64", "x86_64", "SCMP_ARCH_X86_64",
      "386", "SCMP_ARCH_X86", "x86", "SCMP_ARCH_X86", "arm64", "SCMP_ARCH_AARCH64", "aarch64", "SCMP_ARCH_AARCH64",
      "arm", "SCMP_ARCH_ARM", "x32", "SCMP_ARCH_X32");

  private static String ociArch(String name) {
    return GO_ARCHES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
  }

  private static String canonicalCap(String cap) {
    String upper = cap.toUpperCase(Locale.ROOT);
    return upper.startsWith("CAP_") ? upper : "CAP_" + upper;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
