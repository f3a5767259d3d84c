package io.drydock.runtime.plan;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.ConsoleSize;
import io.drydock.runtime.spec.IdMapping;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Namespace;
import io.drydock.runtime.spec.NamespaceType;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Compiles a container's config into the plan of its init: a pure function of the config, the
 * bundle path, the host's facts and a read-only view of the host's files. The same input always
 * gives the same plan; a config drydock cannot honour is refused here, naming its field, before
 * anything has been created.
 */
public final class PlanCompiler {
  private static final Pattern SYSCTL = Pattern.compile("^[a-z0-9_]+(\\.[a-z0-9_*-]+)+$");

  private PlanCompiler() {}

  /** The plan of the init described by {@code spec} in {@code bundle}. */
  public static LaunchPlan compile(Spec spec, Path bundle, HostFacts host, FsView files) {
    return compile(spec, bundle, host, files, Optional.empty());
  }

  /**
   * As above, for a container whose cgroup is {@code cgroupPath} (relative to every hierarchy):
   * without a cgroup namespace its {@code cgroup} mounts bind that cgroup's directories.
   */
  public static LaunchPlan compile(Spec spec, Path bundle, HostFacts host, FsView files, Optional<String> cgroupPath) {
    SpecValidator.validateForCreate(spec);
    Process p = spec.process();
    Linux linux = spec.linux() != null ? spec.linux()
        : new Linux(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    List<String> warnings = new ArrayList<>();
    List<NamespaceRequest> namespaces = namespaces(linux);
    boolean userns = namespaces.stream().anyMatch(n -> n.type() == NamespaceType.USER);
    checkNamespaces(spec, linux, namespaces, userns);
    TreeMap<String, String> sysctls = sysctls(linux);
    SysctlRules.check(sysctls, namespaces, (type, path) -> files.isSameFile(path, "/proc/self/ns/" + type.procName()));
    String rootfs = rootfs(spec, bundle, files);
    boolean cgroupns = namespaces.stream().anyMatch(n -> n.type() == NamespaceType.CGROUP);
    MountPlanner mounts = new MountPlanner(files, rootfs, bundle, userns, warnings,
        new CgroupMountPlanner(host.cgroupHierarchies(), cgroupns, cgroupPath));
    List<Step> mountSteps = mounts.plan(orEmpty(spec.mounts()), orEmpty(linux.devices()));
    List<String> destinations = mountSteps.stream()
        .filter(s -> s instanceof Step.Mount).map(s -> ((Step.Mount) s).destination()).toList();
    Filesystem fs = new Filesystem(rootfs, rootPropagation(linux), mountSteps, orEmpty(linux.maskedPaths()),
        orEmpty(linux.readonlyPaths()), spec.root().readonly() != null && spec.root().readonly());
    return new LaunchPlan(namespaces, idMap(linux.uidMappings()), idMap(linux.gidMappings()), Optional.of(fs),
        Optional.ofNullable(spec.hostname()).filter(h -> !h.isEmpty()),
        Optional.ofNullable(spec.domainname()).filter(h -> !h.isEmpty()), sysctls,
        ProcessPlanner.rlimits(p, host, "process"),
        CapabilityPlanner.plan(p.capabilities(), host.bounding(), warnings), host.lastCap(),
        Boolean.TRUE.equals(p.noNewPrivileges()), ProcessPlanner.user(p.user()), p.cwd(), orEmpty(p.env()), p.args(),
        ProcessPlanner.executable(p, files, rootfs, destinations),
        p.oomScoreAdj() == null ? OptionalInt.empty() : OptionalInt.of(p.oomScoreAdj()), List.of(), Optional.empty(),
        Optional.empty(), false, warnings, terminal(p, true), Optional.empty(), LaunchHooks.NONE);
  }

  /** The pty of {@code process.terminal}, sized by {@code consoleSize} (0: the kernel's default). */
  static Optional<Step.Terminal> terminal(Process p, boolean console) {
    if (!Boolean.TRUE.equals(p.terminal())) {
      return Optional.empty();
    }
    ConsoleSize size = p.consoleSize();
    int rows = size == null || size.height() == null ? 0 : size.height();
    int cols = size == null || size.width() == null ? 0 : size.width();
    return Optional.of(new Step.Terminal(rows, cols, console));
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static List<NamespaceRequest> namespaces(Linux linux) {
    List<NamespaceRequest> out = new ArrayList<>();
    List<Namespace> nss = orEmpty(linux.namespaces());
    for (int i = 0; i < nss.size(); i++) {
      NamespaceType t = NamespaceType.parse(nss.get(i).type(), "linux.namespaces[" + i + "].type");
      if (t == NamespaceType.TIME) {
        throw new DrydockException.InvalidArgument("config.json: linux.namespaces[" + i + "]: time namespaces are not supported yet");
      }
      String path = nss.get(i).path();
      out.add(new NamespaceRequest(t, Optional.ofNullable(path).filter(x -> !x.isEmpty())));
    }
    return out;
  }

  private static void checkNamespaces(Spec spec, Linux linux, List<NamespaceRequest> nss, boolean userns) {
    boolean newUser = nss.stream().anyMatch(n -> n.type() == NamespaceType.USER && n.joinPath().isEmpty());
    boolean mapped = !orEmpty(linux.uidMappings()).isEmpty() || !orEmpty(linux.gidMappings()).isEmpty();
    if (newUser && (orEmpty(linux.uidMappings()).isEmpty() || orEmpty(linux.gidMappings()).isEmpty())) {
      throw new DrydockException.InvalidArgument("config.json: linux.uidMappings and linux.gidMappings must be set for a new user namespace");
    }
    if (mapped && !newUser) {
      throw new DrydockException.InvalidArgument("config.json: linux.uidMappings: id mappings need a new user namespace");
    }
    if (nss.stream().noneMatch(n -> n.type() == NamespaceType.MOUNT)) {
      throw new DrydockException.InvalidArgument("config.json: linux.namespaces: a mount namespace is required");
    }
    boolean newUts = nss.stream().anyMatch(n -> n.type() == NamespaceType.UTS && n.joinPath().isEmpty());
    if ((spec.hostname() != null && !spec.hostname().isEmpty() || spec.domainname() != null && !spec.domainname().isEmpty()) && !newUts) {
      throw new DrydockException.InvalidArgument("config.json: hostname: setting a hostname needs a new uts namespace");
    }
  }

  private static String rootfs(Spec spec, Path bundle, FsView files) {
    String rootfs = bundle.resolve(spec.root().path()).normalize().toString();
    if (files.kind(rootfs) != FsView.Kind.DIRECTORY) {
      throw new DrydockException.InvalidArgument("config.json: root.path: rootfs (" + rootfs + ") does not exist");
    }
    return rootfs;
  }

  private static long rootPropagation(Linux linux) {
    String p = linux.rootfsPropagation();
    if ("shared".equals(p) || "rshared".equals(p)) {
      throw new DrydockException.InvalidArgument("config.json: linux.rootfsPropagation: \"" + p
          + "\" is not supported yet (pivot_root needs a rootfs that is not shared)");
    }
    return MountOptions.rootPropagation(p);
  }

  private static Optional<String> idMap(List<IdMapping> mappings) {
    if (mappings == null || mappings.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    for (IdMapping m : mappings) {
      b.append(m.containerID()).append(' ').append(m.hostID()).append(' ').append(m.size()).append('\n');
    }
    return Optional.of(b.toString());
  }

  private static TreeMap<String, String> sysctls(Linux linux) {
    TreeMap<String, String> out = new TreeMap<>();
    Map<String, String> in = linux.sysctl() == null ? Map.of() : linux.sysctl();
    in.forEach((k, v) -> {
      if (!SYSCTL.matcher(k).matches()) {
        throw new DrydockException.InvalidArgument("config.json: linux.sysctl: invalid key \"" + k + "\"");
      }
      out.put(k, v);
    });
    return out;
  }
}
