package io.drydock.runtime.spec;

import io.drydock.common.DrydockException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Structural checks of a config that the JSON schema states and Jackson cannot: required fields,
 * absolute paths, known enum values. Each failure names the field, the way runc's validator does.
 */
public final class SpecValidator {
  private static final Pattern PAGE_SIZE = Pattern.compile("^[1-9][0-9]*[KMG]B$");
  private static final Pattern RLIMIT = Pattern.compile("^RLIMIT_[A-Z]+$");

  private SpecValidator() {}

  /** Checks a config as a document (config-schema.json rules). */
  public static Spec validate(Spec spec) {
    require(spec.ociVersion() != null && !spec.ociVersion().isBlank(), "ociVersion must be set");
    if (spec.root() != null) {
      require(spec.root().path() != null && !spec.root().path().isBlank(), "root.path must be set");
    }
    if (spec.process() != null) {
      validateProcess(spec.process(), "process");
    }
    List<Mount> mounts = spec.mounts() == null ? List.of() : spec.mounts();
    for (int i = 0; i < mounts.size(); i++) {
      String dst = mounts.get(i).destination();
      require(dst != null && dst.startsWith("/"), "mounts[" + i + "].destination must be an absolute path");
    }
    if (spec.hooks() != null) {
      validateHooks(spec.hooks());
    }
    if (spec.linux() != null) {
      validateLinux(spec.linux());
    }
    return spec;
  }

  /** Checks what {@code create} needs beyond the schema: a root and a process with args. */
  public static Spec validateForCreate(Spec spec) {
    validate(spec);
    require(spec.root() != null, "root must be set");
    require(spec.process() != null, "process must be set");
    return spec;
  }

  /** runc exec's refusal of a relative working directory, made before anything starts (its validateProcessSpec). */
  public static final String RELATIVE_EXEC_CWD = "Cwd must be an absolute path";

  /** Checks an exec's process: its working directory first, in runc exec's words, then as {@link #validateProcess}. */
  public static void validateExecProcess(Process p) {
    if (p.cwd() == null || !p.cwd().startsWith("/")) {
      throw new DrydockException.InvalidArgument(RELATIVE_EXEC_CWD);
    }
    validateProcess(p, "process");
  }

  /** Checks a process (config.process or an exec's process.json); {@code field} prefixes errors. */
  public static void validateProcess(Process p, String field) {
    require(p.args() != null && !p.args().isEmpty(), field + ".args must not be empty");
    require(p.cwd() != null && p.cwd().startsWith("/"), field + ".cwd must be an absolute path");
    List<Rlimit> rlimits = p.rlimits() == null ? List.of() : p.rlimits();
    for (int i = 0; i < rlimits.size(); i++) {
      Rlimit r = rlimits.get(i);
      String f = field + ".rlimits[" + i + "]";
      require(r.type() != null && RLIMIT.matcher(r.type()).matches(), f + ".type must be RLIMIT_*");
      require(r.soft() != null && r.hard() != null, f + " must set soft and hard");
      require(Long.compareUnsigned(r.soft(), r.hard()) <= 0, f + ".soft must not exceed hard");
    }
  }

  private static void validateHooks(Hooks hooks) {
    for (List<Hook> list : java.util.Arrays.asList(hooks.prestart(), hooks.createRuntime(), hooks.createContainer(),
        hooks.startContainer(), hooks.poststart(), hooks.poststop())) {
      if (list != null) {
        for (Hook h : list) {
          require(h.path() != null && h.path().startsWith("/"), "hooks: path must be absolute");
        }
      }
    }
  }

  private static void validateLinux(Linux linux) {
    Set<NamespaceType> seen = EnumSet.noneOf(NamespaceType.class);
    List<Namespace> nss = linux.namespaces() == null ? List.of() : linux.namespaces();
    for (int i = 0; i < nss.size(); i++) {
      String field = "linux.namespaces[" + i + "].type";
      NamespaceType t = NamespaceType.parse(nss.get(i).type(), field);
      require(seen.add(t), field + ": duplicate namespace \"" + t.specName() + "\"");
      String path = nss.get(i).path();
      require(path == null || path.isEmpty() || path.startsWith("/"), "linux.namespaces[" + i + "].path must be absolute");
    }
    checkPaths(linux.maskedPaths(), "linux.maskedPaths");
    checkPaths(linux.readonlyPaths(), "linux.readonlyPaths");
    String prop = linux.rootfsPropagation();
    require(prop == null || prop.isEmpty() || Set.of("private", "rprivate", "slave", "rslave", "shared", "rshared",
        "unbindable", "runbindable").contains(prop), "linux.rootfsPropagation: unknown value \"" + prop + "\"");
    if (linux.resources() != null && linux.resources().hugepageLimits() != null) {
      for (HugepageLimit h : linux.resources().hugepageLimits()) {
        require(h.pageSize() != null && PAGE_SIZE.matcher(h.pageSize()).matches(),
            "linux.resources.hugepageLimits: invalid pageSize \"" + h.pageSize() + "\"");
      }
    }
  }

  private static void checkPaths(List<String> paths, String field) {
    if (paths != null) {
      for (int i = 0; i < paths.size(); i++) {
        require(paths.get(i) != null && paths.get(i).startsWith("/"), field + "[" + i + "] must be an absolute path");
      }
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new DrydockException.InvalidArgument("config.json: " + message);
    }
  }
}
