package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.spec.Capabilities;
import io.drydock.runtime.spec.DeviceRule;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Resources;
import io.drydock.runtime.spec.Spec;
import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * linux.resources.devices programs the v1 devices cgroup: a node the rules deny cannot be opened
 * even by root with CAP_MKNOD, while the same node opens in a container without rules.
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
    Requirements.require("kernel", Files.isRegularFile(Path.of("/sys/fs/cgroup/devices/devices.list"))
        ? Optional.empty() : Optional.of("needs the v1 devices controller"));
    ContainerRun.Result denied = run("devdeny", List.of(new DeviceRule(false, null, null, null, "rwm", null)));
    assertThat(denied.facts()).as(denied.out() + denied.err())
        .containsEntry("tun", "denied").containsEntry("null", "opened");
    ContainerRun.Result inherited = run("devall", null);
    assertThat(inherited.facts()).as(inherited.out() + inherited.err()).containsEntry("tun", "opened");
    ContainerRun.Result allowed = run("devtun", List.of(new DeviceRule(false, null, null, null, "rwm", null),
        new DeviceRule(true, "c", 10L, 200L, "rw", null)));
    assertThat(allowed.facts()).as(allowed.out() + allowed.err()).containsEntry("tun", "opened");
  }
}
