package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.cgroup.DeviceRuleReplay;
import io.drydock.runtime.cgroup.bpf.BpfInstruction;
import io.drydock.runtime.cgroup.bpf.BpfInterpreter;
import io.drydock.runtime.cgroup.bpf.DeviceFilter;
import io.drydock.runtime.cgroup.bpf.DeviceFilterProgram;
import io.drydock.runtime.cgroup.bpf.DeviceMatch;
import io.drydock.runtime.spec.DeviceRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The device program of a default Docker container: deny all, then runc's default devices. */
class DefaultDeviceProgramTest {
  private static final int CHAR = 2;
  private static final int BLOCK = 1;
  private static final int RW = DeviceMatch.READ | DeviceMatch.WRITE;

  private final DeviceFilter filter = DeviceRuleReplay.filter(DeviceCgroupRules.of(
      List.of(new DeviceRule(false, "a", null, null, "rwm", null)), List.of(), "linux.resources.devices"));
  private final byte[] program = BpfInstruction.encode(DeviceFilterProgram.compile(filter));

  @Test
  void theFilterDeniesByDefaultAndExceptsRuncsDevices() {
    assertThat(filter.allowByDefault()).isFalse();
    assertThat(filter.exceptions()).contains(new DeviceMatch('c', DeviceMatch.ANY, DeviceMatch.ANY, DeviceMatch.MKNOD),
        new DeviceMatch('b', DeviceMatch.ANY, DeviceMatch.ANY, DeviceMatch.MKNOD),
        new DeviceMatch('c', 1, 3, DeviceMatch.ALL), new DeviceMatch('c', 136, DeviceMatch.ANY, DeviceMatch.ALL))
        .hasSize(DeviceCgroupRules.DEFAULTS.size());
  }

  @Test
  void theStandardNodesOpenAndHostDevicesDoNot() {
    assertThat(run(CHAR, RW, 1, 3)).as("/dev/null").isEqualTo(1);
    assertThat(run(CHAR, DeviceMatch.READ, 1, 9)).as("/dev/urandom").isEqualTo(1);
    assertThat(run(CHAR, RW, 136, 4)).as("/dev/pts/4").isEqualTo(1);
    assertThat(run(CHAR, RW, 5, 2)).as("/dev/ptmx").isEqualTo(1);
    assertThat(run(CHAR, DeviceMatch.READ, 1, 1)).as("/dev/mem").isZero();
    assertThat(run(BLOCK, DeviceMatch.READ, 8, 0)).as("/dev/sda").isZero();
    assertThat(run(CHAR, RW, 10, 200)).as("/dev/net/tun").isZero();
  }

  @Test
  void anyNodeMayBeMadeButNotOpened() {
    assertThat(run(BLOCK, DeviceMatch.MKNOD, 8, 0)).isEqualTo(1);
    assertThat(run(BLOCK, DeviceMatch.MKNOD | DeviceMatch.READ, 8, 0)).isZero();
  }

  private long run(int type, int access, long major, long minor) {
    return BpfInterpreter.run(program, type, access, major, minor);
  }
}
