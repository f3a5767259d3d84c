package io.drydock.runtime.plan;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.NamespaceType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which {@code linux.sysctl} keys a container may set: only those of a kernel namespace the
 * container has to itself, since the init writes them under {@code /proc/sys} before it locks that
 * down, and a key of a namespace it shares is the host's (or a neighbour's) setting. As runc: the
 * System V IPC keys and {@code fs.mqueue.*} need an ipc namespace, {@code net.*} a network
 * namespace, {@code kernel.domainname} a uts namespace ({@code kernel.hostname} is refused in
 * favour of the spec's {@code hostname}); every other key ({@code vm.*}, {@code kernel.pid_max},
 * ...) is host-wide and refused. A namespace joined by path counts as the container's own unless it
 * is the runtime's own namespace (runc checks that for the network only; drydock for all three).
 */
public final class SysctlRules {
  private static final Set<String> IPC_KEYS = Set.of("kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
      "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced");

  private SysctlRules() {}

  /**
   * Refuses the first key that is not namespaced for this container, with runc's words.
   *
   * @param isRuntimesOwn whether the namespace file at a join path is the runtime's own of that type
   */
  public static void check(Map<String, String> sysctls, List<NamespaceRequest> namespaces,
      BiPredicate<NamespaceType, String> isRuntimesOwn) {
    for (String key : sysctls.keySet()) {
      if (IPC_KEYS.contains(key) || key.startsWith("fs.mqueue.")) {
        if (!own(NamespaceType.IPC, namespaces, isRuntimesOwn)) {
          throw refused("sysctl \"" + key + "\" is not allowed in the hosts ipc namespace");
        }
      } else if (key.startsWith("net.")) {
        if (!own(NamespaceType.NETWORK, namespaces, isRuntimesOwn)) {
          throw refused("sysctl \"" + key + "\" not allowed in host network namespace");
        }
      } else if (key.equals("kernel.hostname") && own(NamespaceType.UTS, namespaces, isRuntimesOwn)) {
        throw refused("sysctl \"" + key + "\" is not allowed as it conflicts with the OCI \"hostname\" field");
      } else if (!key.equals("kernel.domainname") || !own(NamespaceType.UTS, namespaces, isRuntimesOwn)) {
        throw refused("sysctl \"" + key + "\" is not in a separate kernel namespace");
      }
    }
  }

  private static boolean own(NamespaceType type, List<NamespaceRequest> namespaces, BiPredicate<NamespaceType, String> isRuntimesOwn) {
    return namespaces.stream().filter(n -> n.type() == type)
        .anyMatch(n -> n.joinPath().map(path -> !isRuntimesOwn.test(type, path)).orElse(true));
  }

  private static DrydockException refused(String message) {
    return new DrydockException.InvalidArgument(message);
  }
}
