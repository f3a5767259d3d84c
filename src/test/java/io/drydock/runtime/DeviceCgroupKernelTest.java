package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.cgroup.CgroupHost;
import io.drydock.runtime.cgroup.CgroupHostReader;
import io.drydock.runtime.cgroup.CgroupLayout;
import io.drydock.runtime.cgroup.bpf.DeviceFilterInstaller;
import io.drydock.runtime.spec.Capabilities;
import io.drydock.runtime.spec.DeviceRule;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Resources;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.Spec;
import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * linux.resources.devices programs the v1 devices cgroup and the device program of the unified
 * cgroup: a node the rules deny cannot be opened even by root with CAP_MKNOD, while the same node
 * opens in a container without rules.
 */
@KernelTest
class DeviceCgroupKernelTest {
  private static final String PROBE = "mknod /dev/xtun c 10 200 && echo made;"
      + " (exec 3<>/dev/xtun) 2>/dev/null && echo tun=opened || echo tun=denied;"
      + " (exec 3<>/dev/null) && echo null=opened";
  @TempDir Path tmp;

  private static UnaryOperator<Spec> withMknodAndDevices(List<DeviceRule> rules) {
    return s -> {
      Process p = s.process();
      Capabilities c = p.capabilities();
      List<String> caps = new java.util.ArrayList<>(c.bounding());
      caps.add("CAP_MKNOD");
      Process withMknod = new Process(false, null, p.user(), p.args(), null, p.env(), p.cwd(),
          new Capabilities(caps, caps, null, caps, null, null), p.rlimits(), p.noNewPrivileges(), null, null, null, null);
      Spec edited = SpecEdits.withProcess(s, x -> withMknod);
      return SpecEdits.resources(edited, new Resources(rules, null, null, null, null, null, null, null, null, Map.of()));
    };
  }

  private ContainerRun.Result run(String name, List<DeviceRule> rules) throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve(name)), List.of("sh", "-c", PROBE),
        withMknodAndDevices(rules));
    return ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of(name + "-" + ProcessHandle.current().pid()),
        bundle, tmp);
  }

  @Test
  @IsolationRule("ISO-DEV-CGROUP")
  void aDeviceTheRulesDenyCannotBeOpenedWhileTheDefaultsCan() throws Exception {
    CgroupHost host = CgroupHostReader.read();
    Requirements.require("kernel", host.hasV1("devices") || host.unifiedMount().isPresent()
        ? Optional.empty() : Optional.of("needs the v1 devices controller or a cgroup2 hierarchy"));
    ContainerRun.Result denied = run("devdeny", List.of(new DeviceRule(false, null, null, null, "rwm", null)));
    assertThat(denied.facts()).as(denied.out() + denied.err())
        .containsEntry("tun", "denied").containsEntry("null", "opened");
    ContainerRun.Result inherited = run("devall", null);
    assertThat(inherited.facts()).as(inherited.out() + inherited.err()).containsEntry("tun", "opened");
    ContainerRun.Result allowed = run("devtun", List.of(new DeviceRule(false, null, null, null, "rwm", null),
        new DeviceRule(true, "c", 10L, 200L, "rw", null)));
    assertThat(allowed.facts()).as(allowed.out() + allowed.err()).containsEntry("tun", "opened");
  }

  /**
   * On this hybrid host the rules reach the kernel twice. With the v1 controller opened up before
   * the start ({@code a} written to its devices.allow), the program on the unified cgroup alone
   * still refuses the node: the v2 enforcement works end to end through the runtime.
   */
  @Test
  @IsolationRule("ISO-DEV-CGROUP")
  void theUnifiedCgroupsProgramDeniesEvenWithTheV1ControllerOpenedUp() throws Exception {
    CgroupHost host = CgroupHostReader.read();
    Requirements.require("kernel", host.layout() == CgroupLayout.HYBRID && host.hasV1("devices")
        ? Optional.empty() : Optional.of("needs a hybrid host with the v1 devices controller"));
    List<DeviceRule> denyAll = List.of(new DeviceRule(false, null, null, null, "rwm", null));
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("devbpf")), List.of("sh", "-c", PROBE),
        withMknodAndDevices(denyAll));
    RuntimeId id = RuntimeId.of("devbpf-" + ProcessHandle.current().pid());
    String path = ContainerCgroups.path(SpecCodec.read(bundle.resolve("config.json")), id);
    List<List<Integer>> programs = new ArrayList<>();

    ContainerRun.Result r = ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), id, bundle, tmp, plan -> {
      programs.add(DeviceFilterInstaller.attached(host.unifiedMount().orElseThrow().resolve(path)));
      try {
        Files.writeString(host.v1Mounts().get("devices").resolve(path).resolve("devices.allow"), "a");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return plan;
    });

    assertThat(programs).hasSize(1);
    assertThat(programs.get(0)).as("device programs on the unified cgroup").hasSize(1);
    assertThat(r.facts()).as(r.out() + r.err()).containsEntry("tun", "denied").containsEntry("null", "opened");
  }
}
