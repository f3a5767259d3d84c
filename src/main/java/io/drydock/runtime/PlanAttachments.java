package io.drydock.runtime;

import io.drydock.runtime.cgroup.CgroupResources;
import io.drydock.runtime.plan.LaunchPlan;
import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.seccomp.SeccompFlag;
import io.drydock.runtime.seccomp.SeccompProfile;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Spec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the runtime decides about a config besides the plan compiler's part: the cgroup (path and
 * limits) and the seccomp program. Computed — and a bad value refused, naming its field — before
 * anything exists; attached to the compiled plan once the cgroup has been made.
 *
 * @param seccompFilter the BPF program (empty: no {@code linux.seccomp})
 * @param seccompFlags the {@code SECCOMP_FILTER_FLAG_*} bits it is installed with
 * @param warnings what is accepted but not applied
 */
record PlanAttachments(String cgroupPath, CgroupResources resources, byte[] seccompFilter, long seccompFlags,
    List<String> warnings) {
  PlanAttachments {
    warnings = List.copyOf(warnings);
  }

  static PlanAttachments of(Spec spec, RuntimeId id) {
    List<String> warnings = new ArrayList<>();
    Linux linux = spec.linux();
    CgroupResources resources = cgroupResources(linux, warnings);
    byte[] filter = new byte[0];
    long flags = 0;
    if (linux != null && linux.seccomp() != null) {
      SeccompProfile profile = SeccompTranslator.translate(linux.seccomp(), "linux.seccomp");
      filter = SeccompTranslator.at("linux.seccomp", () -> SeccompPrograms.compiled(profile, Arch.host()));
      flags = profile.flagMask();
      if (profile.flags().contains(SeccompFlag.SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV)) {
        // the kernel takes it only with a notify listener, which drydock refuses
        flags &= ~SeccompFlag.SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV.bit();
        warnings.add("linux.seccomp.flags: SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV has no effect without a notify listener");
      }
    }
    return new PlanAttachments(ContainerCgroups.path(spec, id), resources, filter, flags, warnings);
  }

  /** The cgroup limits of config.json's {@code linux} section (its resources and devices). */
  static CgroupResources cgroupResources(Linux linux, List<String> warnings) {
    CgroupResources resources = CgroupResourcesTranslator.translate(linux == null ? null : linux.resources(),
        "linux.resources", warnings);
    if (linux != null && linux.resources() != null) {
      resources = resources.toBuilder().devices(DeviceCgroupRules.of(linux.resources().devices(), linux.devices(),
          "linux.resources.devices")).build();
    }
    return resources;
  }

  /** {@code plan} joining the cgroup through {@code procsFiles}, with the seccomp program. */
  LaunchPlan attach(LaunchPlan plan, List<Path> procsFiles) {
    return plan.withCgroupProcsFiles(procsFiles).withSeccompFilter(seccompFilter, seccompFlags);
  }
}
