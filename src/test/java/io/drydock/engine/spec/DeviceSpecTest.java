package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerResources;
import io.drydock.runtime.spec.Device;
import io.drydock.runtime.spec.DeviceRule;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.SpecValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --device}: the mapping's defaults and checks, a host node's stat → device, and the spec's nodes and allow rules. */
class DeviceSpecTest {
  private static final HostDevice XNULL = new HostDevice('c', "/dev/xnull", 1, 3, 0666, 0, 0, "rwm");
  private static final HostDevice DISK = new HostDevice('b', "/dev/disk", 259, 1, 0660, 0, 6, "r");

  @Test
  void emptyFieldsTakeDockerdsDefaults() {
    DeviceMapping m = new DeviceMapping("/dev/null", null, "");
    assertThat(m.containerPath()).isEqualTo("/dev/null");
    assertThat(m.permissions()).isEqualTo("rwm");
    assertThat(m.pathInContainer()).isEmpty();
    assertThat(new DeviceMapping("/dev/null", "/dev/x", "r").containerPath()).isEqualTo("/dev/x");
  }

  @Test
  void permissionsAreACombinationOfReadWriteAndMknodEachOnce() {
    for (String ok : List.of("r", "w", "m", "rw", "mr", "rwm", "mwr")) {
      assertThat(new DeviceMapping("/dev/null", "", ok).validated().permissions()).isEqualTo(ok);
    }
    for (String bad : List.of("rwx", "rr", "a", "RW", "rwmr", " r")) {
      assertThatThrownBy(() -> new DeviceMapping("/dev/null", "", bad).validated())
          .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("bad mode specified: " + bad);
    }
  }

  @Test
  void aRelativeContainerPathIsRefusedWithTheClisWords() {
    assertThatThrownBy(() -> new DeviceMapping("/dev/null", "xnull", "rwm").validated())
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("xnull is not an absolute path");
    assertThatThrownBy(() -> new DeviceMapping("null", "", "").validated()).hasMessage("null is not an absolute path");
  }

  @Test
  void aStatGivesTypeNumbersModeAndOwnerOnlyForCharacterAndBlockNodes() {
    long rdev259x1 = (259L << 8) | 1; // glibc makedev for small numbers
    assertThat(HostDevice.fromStat("/dev/disk", 0060660, rdev259x1, 0, 6, "r")).contains(DISK);
    assertThat(HostDevice.fromStat("/dev/xnull", 0020666, (1 << 8) | 3, 0, 0, "rwm")).contains(XNULL);
    assertThat(HostDevice.fromStat("/dev/f", 0100644, 0, 0, 0, "rwm")).isEmpty();
    assertThat(HostDevice.fromStat("/dev/f", 0040755, 0, 0, 0, "rwm")).isEmpty();
    assertThat(HostDevice.fromStat("/dev/f", 0010644, 0, 0, 0, "rwm")).isEmpty();
    assertThat(HostDevice.fromStat("/dev/s", 0024755, (1 << 8) | 3, 0, 0, "rwm")).map(HostDevice::fileMode).contains(04755);
  }

  @Test
  void largeDeviceNumbersDecodeAsGlibcsMajorAndMinor() {
    long major = 4097;
    long minor = 1_048_577;
    long rdev = ((major & 0xfff) << 8) | ((major & ~0xfffL) << 32) | (minor & 0xff) | ((minor & ~0xffL) << 12);
    assertThat(HostDevice.major(rdev)).isEqualTo(major);
    assertThat(HostDevice.minor(rdev)).isEqualTo(minor);
  }

  @Test
  void aNodeOutsideDevIsRefused() {
    assertThat(XNULL.checkedPlace()).isEqualTo(XNULL);
    assertThatThrownBy(() -> new HostDevice('c', "/x", 1, 3, 0666, 0, 0, "rwm").checkedPlace())
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("\"/x\"").hasMessageContaining("only under /dev");
  }

  @Test
  void devicesBecomeNodesAndAllowRulesAfterDockersDefaults() {
    Spec s = OciSpecBuilder.build(withDevices(HostSettings.DEFAULT, List.of(XNULL, DISK)));
    assertThat(s.linux().devices()).containsExactly(new Device("c", "/dev/xnull", 1L, 3L, 0666, 0L, 0L, null),
        new Device("b", "/dev/disk", 259L, 1L, 0660, 0L, 6L, null));
    List<DeviceRule> rules = s.linux().resources().devices();
    assertThat(rules.get(0)).isEqualTo(new DeviceRule(false, "a", null, null, "rwm", null));
    assertThat(rules.subList(0, OciSpecBuilder.devices(false).size())).isEqualTo(OciSpecBuilder.devices(false));
    assertThat(rules.subList(rules.size() - 2, rules.size())).containsExactly(new DeviceRule(true, "c", 1L, 3L, "rwm", null),
        new DeviceRule(true, "b", 259L, 1L, "r", null));
    assertThat(SpecValidator.validate(SpecCodec.parse(SpecCodec.write(s), "test"))).isNotNull();
  }

  @Test
  void theCgroupPartAheadHasTheSameRulesAsTheSpec() {
    SpecInput in = withDevices(HostSettings.DEFAULT, List.of(DISK));
    Linux ahead = OciSpecBuilder.cgroupPart(in.container(), in.host(), SpecInput.DEFAULT_CGROUP_PARENT, List.of(DISK));
    Linux built = OciSpecBuilder.build(in).linux();
    assertThat(ahead.resources()).isEqualTo(built.resources());
    assertThat(ahead.devices()).isEqualTo(built.devices());
    assertThat(ahead.cgroupsPath()).isEqualTo(built.cgroupsPath());
  }

  @Test
  void withoutDevicesThereAreNoNodesAndOnlyTheDefaultRules() {
    Spec s = OciSpecBuilder.build(SpecFixtures.input(HostSettings.DEFAULT, ContainerResources.NONE));
    assertThat(s.linux().devices()).isNull();
    assertThat(s.linux().resources().devices()).isEqualTo(OciSpecBuilder.devices(false));
  }

  @Test
  void aPrivilegedContainerAllowsEverythingAndStillGetsItsNodes() {
    HostSettings privileged = SpecFixtures.host(List.of(), List.of(), true, false, HostSettings.NetworkMode.NONE);
    Spec s = OciSpecBuilder.build(withDevices(privileged, List.of(DISK)));
    assertThat(s.linux().resources().devices()).containsExactly(new DeviceRule(true, "a", null, null, "rwm", null));
    assertThat(s.linux().devices()).extracting(Device::path).containsExactly("/dev/disk");
  }

  private static SpecInput withDevices(HostSettings host, List<HostDevice> devices) {
    SpecInput base = SpecFixtures.input(host, ContainerResources.NONE);
    return new SpecInput(base.container(), host, ResolvedUser.ROOT, Path.of("/r/rootfs"), Map.of(), Optional.empty(), List.of(), null,
        SpecInput.DEFAULT_CGROUP_PARENT, devices);
  }
}
