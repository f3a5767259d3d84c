package io.drydock.runtime.seccomp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Docker's default seccomp profile, as dockerd builds it for one container: the rules of the
 * resource {@code default.json} that apply to the container's capabilities and the native arch.
 * The engine calls this when a container runs without {@code --security-opt seccomp=...}; the
 * result goes into the OCI config like any other profile.
 */
public final class DefaultProfiles {
  private static final String RESOURCE = "default.json";
  private static JsonNode template;

  private DefaultProfiles() {}

  /**
   * The profile for a container holding {@code capabilities} ({@code CAP_SYS_ADMIN} or
   * {@code SYS_ADMIN}, any case) on a machine whose native arch is {@code nativeArch}. Like
   * dockerd, a capability-gated rule is included when the container holds every one of its
   * capabilities.
   */
  public static SeccompProfile docker(Set<String> capabilities, Arch nativeArch) {
    Set<String> caps = new TreeSet<>();
    capabilities.forEach(cap -> caps.add(canonical(cap)));
    JsonNode root = template();
    List<SyscallRule> rules = new ArrayList<>();
    for (JsonNode rule : root.path("rules")) {
      if (applies(rule, caps, nativeArch)) {
        rules.add(rule(rule));
      }
    }
    return new SeccompProfile(
        SeccompAction.fromOciName(root.path("defaultAction").asText()),
        OptionalInt.of(root.path("defaultErrnoRet").asInt()),
        arches(root.path("architectures").path(nativeArch.ociName()), nativeArch),
        Set.of(),
        rules);
  }

  private static String canonical(String capability) {
    String upper = capability.toUpperCase(Locale.ROOT);
    return upper.startsWith("CAP_") ? upper : "CAP_" + upper;
  }

  private static boolean applies(JsonNode rule, Set<String> caps, Arch nativeArch) {
    for (JsonNode cap : rule.path("whenCaps")) {
      if (!caps.contains(cap.asText())) {
        return false;
      }
    }
    for (JsonNode cap : rule.path("unlessCaps")) {
      if (caps.contains(cap.asText())) {
        return false;
      }
    }
    if (rule.has("onlyOnArches") && !texts(rule.path("onlyOnArches")).contains(nativeArch.ociName())) {
      return false;
    }
    return !texts(rule.path("notOnArches")).contains(nativeArch.ociName());
  }

  private static SyscallRule rule(JsonNode rule) {
    List<ArgCondition> args = new ArrayList<>();
    for (JsonNode arg : rule.path("args")) {
      args.add(new ArgCondition(arg.path("index").asInt(), arg.path("value").asLong(),
          arg.path("valueTwo").asLong(0), ArgOp.fromOciName(arg.path("op").asText())));
    }
    OptionalInt errno = rule.has("errnoRet") ? OptionalInt.of(rule.path("errnoRet").asInt()) : OptionalInt.empty();
    return new SyscallRule(texts(rule.path("names")), SeccompAction.fromOciName(rule.path("action").asText()), errno, args);
  }

  private static List<Arch> arches(JsonNode names, Arch nativeArch) {
    if (names.isMissingNode()) {
      return List.of(nativeArch);
    }
    return texts(names).stream().map(Arch::fromOciName).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static synchronized JsonNode template() {
    if (template == null) {
      try (InputStream in = DefaultProfiles.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new DrydockException.SystemError("seccomp: resource " + RESOURCE + " missing from the build");
        }
        template = new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException("seccomp: reading resource " + RESOURCE, e);
      }
    }
    return template;
  }
}
