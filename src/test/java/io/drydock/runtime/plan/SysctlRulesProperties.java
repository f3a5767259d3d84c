package io.drydock.runtime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.NamespaceType;
import io.drydock.testing.IsolationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Which sysctl keys a container may set, for every way of having (or sharing) its namespaces. */
class SysctlRulesProperties {
  /** How a container has a namespace: not at all (the host's), new, or joined by path. */
  enum Having { ABSENT, NEW, JOINED_RUNTIMES_OWN, JOINED_OTHER }

  private static final String OWN = "/proc/self/ns/x";

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.of("kernel.shmmax", "kernel.sem", "kernel.msgmax", "fs.mqueue.msg_max", "net.ipv4.ip_forward",
        "net.core.somaxconn", "kernel.domainname", "kernel.hostname", "vm.swappiness", "kernel.pid_max", "fs.file-max",
        "kernel.core_pattern");
  }

  private static List<NamespaceRequest> namespaces(Having ipc, Having net, Having uts) {
    List<NamespaceRequest> out = new ArrayList<>(List.of(new NamespaceRequest(NamespaceType.MOUNT, Optional.empty())));
    add(out, NamespaceType.IPC, ipc);
    add(out, NamespaceType.NETWORK, net);
    add(out, NamespaceType.UTS, uts);
    return out;
  }

  private static void add(List<NamespaceRequest> out, NamespaceType type, Having h) {
    switch (h) {
      case NEW -> out.add(new NamespaceRequest(type, Optional.empty()));
      case JOINED_RUNTIMES_OWN -> out.add(new NamespaceRequest(type, Optional.of(OWN)));
      case JOINED_OTHER -> out.add(new NamespaceRequest(type, Optional.of("/proc/4242/ns/" + type.procName())));
      case ABSENT -> { }
    }
  }

  private static boolean accepted(String key, List<NamespaceRequest> nss) {
    try {
      SysctlRules.check(Map.of(key, "1"), nss, (type, path) -> path.equals(OWN));
      return true;
    } catch (DrydockException.InvalidArgument e) {
      assertThat(e.getMessage()).startsWith("sysctl \"" + key + "\" ");
      return false;
    }
  }

  private static NamespaceType namespaceOf(String key) {
    if (key.startsWith("net.")) {
      return NamespaceType.NETWORK;
    }
    if (key.startsWith("fs.mqueue.") || key.startsWith("kernel.shm") || key.startsWith("kernel.msg") || key.equals("kernel.sem")) {
      return NamespaceType.IPC;
    }
    return key.equals("kernel.domainname") ? NamespaceType.UTS : null;
  }

  @Property(tries = 500)
  @IsolationRule("ISO-SYSCTL-NS")
  void aKeyIsSetOnlyInANamespaceTheContainerHasToItself(@ForAll("keys") String key, @ForAll Having ipc, @ForAll Having net,
      @ForAll Having uts) {
    Map<NamespaceType, Having> having = Map.of(NamespaceType.IPC, ipc, NamespaceType.NETWORK, net, NamespaceType.UTS, uts);
    NamespaceType type = namespaceOf(key);
    boolean own = type != null && (having.get(type) == Having.NEW || having.get(type) == Having.JOINED_OTHER);
    assertThat(accepted(key, namespaces(ipc, net, uts))).as("%s with ipc %s, net %s, uts %s", key, ipc, net, uts).isEqualTo(own);
  }

  /** One refused key refuses the whole map, whatever else it holds: nothing is set piecemeal. */
  @Property(tries = 200)
  @IsolationRule("ISO-SYSCTL-NS")
  void oneRefusedKeyRefusesTheWholeMap(@ForAll("keys") String key, @ForAll Having ipc, @ForAll Having net, @ForAll Having uts) {
    List<NamespaceRequest> nss = namespaces(ipc, net, uts);
    Map<String, String> withHostWide = new java.util.TreeMap<>(Map.of(key, "1"));
    withHostWide.put("kernel.pid_max", "4096");
    assertThatThrownBy(() -> SysctlRules.check(withHostWide, nss, (type, path) -> path.equals(OWN)))
        .isInstanceOf(DrydockException.InvalidArgument.class);
  }

  @net.jqwik.api.Example
  void runcsWordsNameTheRefusal() {
    List<NamespaceRequest> none = namespaces(Having.ABSENT, Having.ABSENT, Having.NEW);
    assertThatThrownBy(() -> SysctlRules.check(Map.of("kernel.shmmax", "1"), none, (t, p) -> false))
        .hasMessage("sysctl \"kernel.shmmax\" is not allowed in the hosts ipc namespace");
    assertThatThrownBy(() -> SysctlRules.check(Map.of("net.ipv4.ip_forward", "1"), none, (t, p) -> false))
        .hasMessage("sysctl \"net.ipv4.ip_forward\" not allowed in host network namespace");
    assertThatThrownBy(() -> SysctlRules.check(Map.of("kernel.hostname", "x"), none, (t, p) -> false))
        .hasMessage("sysctl \"kernel.hostname\" is not allowed as it conflicts with the OCI \"hostname\" field");
    assertThatThrownBy(() -> SysctlRules.check(Map.of("vm.swappiness", "1"), none, (t, p) -> false))
        .hasMessage("sysctl \"vm.swappiness\" is not in a separate kernel namespace");
  }
}
