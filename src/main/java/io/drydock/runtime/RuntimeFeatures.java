package io.drydock.runtime;

import io.drydock.runtime.plan.Capability;
import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.NamespaceType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code drydock runtime features} reports (features-schema.json). It states what this
 * runtime itself applies: cgroups and seccomp are attached by other layers
 * through the plan, so they are reported as not enabled here; createContainer and startContainer
 * hooks are not run.
 */
public final class RuntimeFeatures {
  private RuntimeFeatures() {}

  public static Map<String, Object> describe() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("ociVersionMin", "1.0.0");
    f.put("ociVersionMax", DefaultSpec.OCI_VERSION);
    f.put("hooks", List.of("prestart", "createRuntime", "poststart", "poststop"));
    f.put("mountOptions", List.of("async", "atime", "bind", "defaults", "dev", "diratime", "dirsync", "exec",
        "lazytime", "loud", "mand", "noatime", "nodev", "nodiratime", "noexec", "nolazytime", "nomand", "norelatime",
        "nostrictatime", "nosuid", "nosymfollow", "private", "rbind", "relatime", "remount", "ro", "rprivate",
        "rshared", "rslave", "runbindable", "rw", "shared", "silent", "slave", "strictatime", "suid", "symfollow",
        "sync", "unbindable"));
    Map<String, Object> linux = new LinkedHashMap<>();
    linux.put("namespaces", Arrays.stream(NamespaceType.values()).filter(t -> t != NamespaceType.TIME)
        .map(NamespaceType::specName).toList());
    linux.put("capabilities", Arrays.stream(Capability.values()).map(Enum::name).toList());
    linux.put("cgroup", Map.of("v1", false, "v2", false, "systemd", false, "systemdUser", false, "rdma", false));
    linux.put("seccomp", Map.of("enabled", false));
    linux.put("apparmor", Map.of("enabled", false));
    linux.put("selinux", Map.of("enabled", false));
    linux.put("intelRdt", Map.of("enabled", false));
    f.put("linux", linux);
    f.put("annotations", Map.of("io.drydock.runtime.helper", "drydock-helper protocol " + HelperProtocol.PROTOCOL_VERSION));
    return f;
  }
}
