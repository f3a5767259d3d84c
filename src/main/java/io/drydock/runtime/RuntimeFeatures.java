package io.drydock.runtime;

import io.drydock.runtime.plan.Capability;
import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.seccomp.ArgOp;
import io.drydock.runtime.seccomp.SeccompAction;
import io.drydock.runtime.seccomp.SeccompFlag;
import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.NamespaceType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code drydock runtime features} reports (features-schema.json): what this runtime really
 * applies. cgroups v1, v2 and the hybrid through cgroupfs (no systemd driver); seccomp with the
 * actions, operators and arches of the seccomp compiler, and the filter flags the helper passes to
 * seccomp(2) (WAIT_KILLABLE_RECV needs a notify listener, which drydock refuses); every hook.
 */
public final class RuntimeFeatures {
  private RuntimeFeatures() {}

  public static Map<String, Object> describe() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("ociVersionMin", "1.0.0");
    f.put("ociVersionMax", DefaultSpec.OCI_VERSION);
    f.put("hooks", List.of("prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"));
    f.put("mountOptions", List.of("async", "atime", "bind", "defaults", "dev", "diratime", "dirsync", "exec",
        "lazytime", "loud", "mand", "noatime", "nodev", "nodiratime", "noexec", "nolazytime", "nomand", "norelatime",
        "nostrictatime", "nosuid", "nosymfollow", "private", "rbind", "relatime", "remount", "ro", "rprivate",
        "rshared", "rslave", "runbindable", "rw", "shared", "silent", "slave", "strictatime", "suid", "symfollow",
        "sync", "unbindable"));
    Map<String, Object> linux = new LinkedHashMap<>();
    linux.put("namespaces", Arrays.stream(NamespaceType.values()).filter(t -> t != NamespaceType.TIME)
        .map(NamespaceType::specName).toList());
    linux.put("capabilities", Arrays.stream(Capability.values()).map(Enum::name).toList());
    linux.put("cgroup", Map.of("v1", true, "v2", true, "systemd", false, "systemdUser", false, "rdma", false));
    linux.put("seccomp", seccomp());
    linux.put("apparmor", Map.of("enabled", false));
    linux.put("selinux", Map.of("enabled", false));
    linux.put("intelRdt", Map.of("enabled", false));
    f.put("linux", linux);
    f.put("annotations", Map.of("io.drydock.runtime.helper", "drydock-helper protocol " + HelperProtocol.PROTOCOL_VERSION));
    return f;
  }

  private static Map<String, Object> seccomp() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("enabled", true);
    s.put("actions", Arrays.stream(SeccompAction.values()).filter(a -> a != SeccompAction.SCMP_ACT_NOTIFY)
        .map(Enum::name).toList());
    s.put("operators", Arrays.stream(ArgOp.values()).map(Enum::name).toList());
    s.put("archs", Arrays.stream(Arch.values()).filter(Arch::hasSyscallTable).map(Arch::ociName).toList());
    s.put("knownFlags", Arrays.stream(SeccompFlag.values()).map(Enum::name).toList());
    s.put("supportedFlags", List.of(SeccompFlag.SECCOMP_FILTER_FLAG_TSYNC.name(), SeccompFlag.SECCOMP_FILTER_FLAG_LOG.name(),
        SeccompFlag.SECCOMP_FILTER_FLAG_SPEC_ALLOW.name()));
    return s;
  }
}
