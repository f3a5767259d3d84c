package io.drydock.runtime;

import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Resources;
import io.drydock.runtime.spec.Seccomp;
import io.drydock.runtime.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small edits of a test config: its linux.resources, linux.seccomp, cgroupsPath, one more mount. */
final class SpecEdits {
  private SpecEdits() {}

  static Spec linux(Spec s, String cgroupsPath, Resources resources, Seccomp seccomp) {
    Linux l = s.linux();
    Linux edited = new Linux(l.namespaces(), l.uidMappings(), l.gidMappings(), l.timeOffsets(), l.devices(),
        cgroupsPath != null ? cgroupsPath : l.cgroupsPath(), resources != null ? resources : l.resources(),
        l.rootfsPropagation(), seccomp != null ? seccomp : l.seccomp(), l.sysctl(), l.maskedPaths(), l.readonlyPaths(),
        l.mountLabel(), l.intelRdt(), l.personality(), l.unknown());
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), s.domainname(), s.mounts(), s.hooks(),
        s.annotations(), edited, s.unknown());
  }

  static Spec withNamespaces(Spec s, List<io.drydock.runtime.spec.Namespace> namespaces) {
    Linux l = s.linux();
    Linux edited = new Linux(namespaces, l.uidMappings(), l.gidMappings(), l.timeOffsets(), l.devices(), l.cgroupsPath(),
        l.resources(), l.rootfsPropagation(), l.seccomp(), l.sysctl(), l.maskedPaths(), l.readonlyPaths(),
        l.mountLabel(), l.intelRdt(), l.personality(), l.unknown());
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), s.domainname(), s.mounts(), s.hooks(),
        s.annotations(), edited, s.unknown());
  }

  static Spec withSysctl(Spec s, java.util.Map<String, String> sysctl) {
    Linux l = s.linux();
    Linux edited = new Linux(l.namespaces(), l.uidMappings(), l.gidMappings(), l.timeOffsets(), l.devices(), l.cgroupsPath(),
        l.resources(), l.rootfsPropagation(), l.seccomp(), sysctl, l.maskedPaths(), l.readonlyPaths(),
        l.mountLabel(), l.intelRdt(), l.personality(), l.unknown());
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), s.domainname(), s.mounts(), s.hooks(),
        s.annotations(), edited, s.unknown());
  }

  static Spec resources(Spec s, Resources r) {
    return linux(s, null, r, null);
  }

  static Spec seccomp(Spec s, Seccomp seccomp) {
    return linux(s, null, null, seccomp);
  }

  static Spec withProcess(Spec s, java.util.function.UnaryOperator<io.drydock.runtime.spec.Process> edit) {
    return new Spec(s.ociVersion(), edit.apply(s.process()), s.root(), s.hostname(), s.domainname(), s.mounts(),
        s.hooks(), s.annotations(), s.linux(), s.unknown());
  }

  static Spec addMount(Spec s, Mount m) {
    List<Mount> mounts = new ArrayList<>(s.mounts());
    mounts.add(m);
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), s.domainname(), mounts, s.hooks(),
        s.annotations(), s.linux(), s.unknown());
  }

  static Resources memoryAndPids(Long memory, Long pids) {
    return new Resources(null, memory == null ? null
        : new io.drydock.runtime.spec.Memory(memory, null, null, null, null, null, null, null, null, Map.of()),
        null, pids == null ? null : new io.drydock.runtime.spec.Pids(pids, Map.of()), null, null, null, null, null, Map.of());
  }

  static Resources cpu(long shares, long quota, long period) {
    return new Resources(null, null,
        new io.drydock.runtime.spec.Cpu(shares, quota, null, period, null, null, null, null, null, Map.of()),
        null, null, null, null, null, null, Map.of());
  }
}
