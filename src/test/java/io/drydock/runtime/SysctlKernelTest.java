package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Namespace;
import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code linux.sysctl} on a real process: a key of the container's own network namespace is
 * written there and the host keeps its value; a host-wide key, or a network key with the runtime's
 * own network namespace joined by path, is refused before anything is made, and the host's value
 * is untouched.
 */
@KernelTest
class SysctlKernelTest {
  private static final Path PORT_START = Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start");
  private static final Path SWAPPINESS = Path.of("/proc/sys/vm/swappiness");

  @TempDir Path tmp;

  @org.junit.jupiter.api.BeforeEach
  void needsTheKeys() {
    io.drydock.testing.Requirements.require("kernel", Files.isWritable(PORT_START) && Files.isWritable(SWAPPINESS)
        ? java.util.Optional.empty() : java.util.Optional.of("needs writable " + PORT_START + " and " + SWAPPINESS));
  }

  @Test
  @IsolationRule("ISO-SYSCTL-NS")
  void aKeyOfTheContainersOwnNetworkNamespaceIsSetThereOnly() throws Exception {
    String host = Files.readString(PORT_START).trim();
    String wanted = host.equals("99") ? "98" : "99";
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")),
        List.of("sh", "-c", "echo start=$(cat /proc/sys/net/ipv4/ip_unprivileged_port_start)"),
        s -> SpecEdits.withSysctl(s, Map.of("net.ipv4.ip_unprivileged_port_start", wanted)));
    ContainerRun.Result r = ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of("sysctl-net"), bundle, tmp);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.facts().get("start")).isEqualTo(wanted);
    assertThat(Files.readString(PORT_START).trim()).isEqualTo(host);
  }

  @Test
  @IsolationRule("ISO-SYSCTL-NS")
  void aHostWideKeyIsRefusedAndTheHostKeepsItsValue() throws Exception {
    String host = Files.readString(SWAPPINESS).trim();
    String other = host.equals("1") ? "2" : "1";
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("true"),
        s -> SpecEdits.withSysctl(s, Map.of("vm.swappiness", other)));
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    assertThatThrownBy(() -> ContainerRun.run(rt, RuntimeId.of("sysctl-vm"), bundle, tmp))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("sysctl \"vm.swappiness\" is not in a separate kernel namespace");
    assertThat(Files.readString(SWAPPINESS).trim()).isEqualTo(host);
    assertThat(rt.list()).as("nothing of the refused container is left").isEmpty();
  }

  @Test
  @IsolationRule("ISO-SYSCTL-NS")
  void aNetworkKeyIsRefusedWhenTheRuntimesOwnNetworkNamespaceIsJoined() throws Exception {
    String host = Files.readString(PORT_START).trim();
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("true"), s -> {
      List<Namespace> ns = s.linux().namespaces().stream()
          .map(n -> n.type().equals("network") ? new Namespace("network", "/proc/self/ns/net", null) : n).toList();
      return SpecEdits.withSysctl(SpecEdits.withNamespaces(s, ns), Map.of("net.ipv4.ip_unprivileged_port_start", "77"));
    });
    LinuxRuntime rt = new LinuxRuntime(tmp.resolve("root"));
    assertThatThrownBy(() -> ContainerRun.run(rt, RuntimeId.of("sysctl-hostnet"), bundle, tmp))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("sysctl \"net.ipv4.ip_unprivileged_port_start\" not allowed in host network namespace");
    assertThat(Files.readString(PORT_START).trim()).isEqualTo(host);
    assertThat(rt.list()).as("nothing of the refused container is left").isEmpty();
  }
}
