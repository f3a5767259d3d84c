package io.drydock.runtime.plan;

import io.drydock.runtime.spec.Capabilities;
import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Rlimit;
import io.drydock.runtime.spec.Spec;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** A valid config, bundle and host for compiler tests, and small ways to vary them. */
final class SpecFixtures {
  static final Path BUNDLE = Path.of("/bundle");
  static final String ROOTFS = "/bundle/rootfs";
  static final HostFacts HOST = new HostFacts(EnumSet.complementOf(EnumSet.of(Capability.CAP_SYS_RESOURCE)), 40,
      Map.of("RLIMIT_NOFILE", 20000L), false);

  private SpecFixtures() {}

  static FakeFs fs() {
    return new FakeFs().dir(ROOTFS + "/proc").dir(ROOTFS + "/dev").dir(ROOTFS + "/sys").file(ROOTFS + "/bin/sh")
        .dir("/srv/data");
  }

  static Spec spec() {
    Spec s = DefaultSpec.create(false, 0, 0);
    return withProcess(s, process(s.process(), s.process().capabilities(), s.process().rlimits(), s.process().args()));
  }

  static Process process(Process p, Capabilities caps, List<Rlimit> rlimits, List<String> args) {
    return new Process(false, null, p.user(), args, null, p.env(), p.cwd(), caps, rlimits, p.noNewPrivileges(), null,
        null, null, null);
  }

  static Spec withProcess(Spec s, Process p) {
    return new Spec(s.ociVersion(), p, s.root(), s.hostname(), null, s.mounts(), null, null, s.linux(), null);
  }

  static Spec withMounts(Spec s, List<Mount> mounts) {
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, mounts, null, null, s.linux(), null);
  }

  static Spec withLinux(Spec s, Linux l) {
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null, l, null);
  }

  static Linux linux(Linux l, List<io.drydock.runtime.spec.Namespace> ns, List<String> masked, List<String> readonly) {
    return new Linux(ns, null, null, null, null, null, null, null, null, null, masked, readonly, null, null, null, null);
  }
}
