package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerResources;
import io.drydock.runtime.spec.DeviceRule;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.SpecValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code --device-cgroup-rule}: dockerd 20.10's grammar and messages (checked against it: what it
 * took and what its start refused), and the allow rules the spec gets after the default ones.
 */
class DeviceCgroupRuleTest {
  @Test
  void typeNumbersOrWildcardsAndAccessAreRead() {
    assertThat(DeviceCgroupRule.parse("c 1:3 rwm")).isEqualTo(new DeviceCgroupRule('c', Optional.of(1L), Optional.of(3L), "rwm"));
    assertThat(DeviceCgroupRule.parse("b *:* r")).isEqualTo(new DeviceCgroupRule('b', Optional.empty(), Optional.empty(), "r"));
    assertThat(DeviceCgroupRule.parse("a 8:* m")).isEqualTo(new DeviceCgroupRule('a', Optional.of(8L), Optional.empty(), "m"));
    assertThat(DeviceCgroupRule.parse("c 01:3 w").major()).contains(1L);
    assertThat(DeviceCgroupRule.parse("c 99999999999:1 r").major()).contains(99_999_999_999L);
  }

  @Test
  void dockerdTakesARepeatedAccessLetter() {
    assertThat(DeviceCgroupRule.parse("c 1:3 rrr").access()).isEqualTo("rrr");
    assertThat(DeviceCgroupRule.parse("c 1:3 mwr").access()).isEqualTo("mwr");
  }

  @Test
  void malformedRulesAreRefusedWithDockerdsMessage() {
    for (String bad : List.of("x 1:3 rwm", "c 1:3 rwx", "c 1 rwm", "c a:3 rwm", "a", "c 1:3", "c 1:3 ", " c 1:3 r", "c  1:3 r",
        "C 1:3 r", "c 1:3 R", "c -1:3 r", "c 1:3 rwmrwm", "", "c 1:3 r\n", "c 1:3 r r")) {
      assertThatThrownBy(() -> DeviceCgroupRule.parse(bad)).as(bad).isInstanceOf(DrydockException.SystemError.class)
          .hasMessage("invalid device cgroup rule format: '" + bad + "'");
    }
    assertThatThrownBy(() -> DeviceCgroupRule.parse(null)).hasMessage("invalid device cgroup rule format: ''");
  }

  @Test
  void aNumberBeyondSixtyFourBitsNamesTheField() {
    assertThatThrownBy(() -> DeviceCgroupRule.parse("c 99999999999999999999:1 r")).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("invalid major value in device cgroup rule format: 'c 99999999999999999999:1 r'");
    assertThatThrownBy(() -> DeviceCgroupRule.parse("c 1:99999999999999999999 r"))
        .hasMessage("invalid minor value in device cgroup rule format: 'c 1:99999999999999999999 r'");
  }

  @Test
  void aWildcardIsLeftOutOfTheSpecRule() {
    assertThat(DeviceCgroupRule.parse("b *:5 rw").toSpec()).isEqualTo(new DeviceRule(true, "b", null, 5L, "rw", null));
    assertThat(DeviceCgroupRule.parse("a *:* rwm").toSpec()).isEqualTo(new DeviceRule(true, "a", null, null, "rwm", null));
  }

  @Test
  void theRulesComeAfterTheDefaultsAndTheHostDevicesInTheirOrder() {
    HostDevice disk = new HostDevice('b', "/dev/disk", 259, 1, 0660, 0, 6, "r");
    SpecInput in = input(host(false, List.of("c 1:1 rwm", "b *:* r")), List.of(disk));
    Spec s = OciSpecBuilder.build(in);
    List<DeviceRule> expected = new ArrayList<>(OciSpecBuilder.devices(false));
    expected.add(new DeviceRule(true, "b", 259L, 1L, "r", null));
    expected.add(new DeviceRule(true, "c", 1L, 1L, "rwm", null));
    expected.add(new DeviceRule(true, "b", null, null, "r", null));
    assertThat(s.linux().resources().devices()).isEqualTo(expected);
    assertThat(OciSpecBuilder.cgroupPart(in.container(), in.host(), SpecInput.DEFAULT_CGROUP_PARENT, List.of(disk)).resources())
        .isEqualTo(s.linux().resources());
    assertThat(SpecValidator.validate(SpecCodec.parse(SpecCodec.write(s), "test"))).isNotNull();
  }

  @Test
  void noRulesSentOrAnEmptyListAddNothing() {
    assertThat(OciSpecBuilder.build(input(host(false, null), List.of())).linux().resources().devices()).isEqualTo(OciSpecBuilder.devices(false));
    assertThat(OciSpecBuilder.build(input(host(false, List.of()), List.of())).linux().resources().devices())
        .isEqualTo(OciSpecBuilder.devices(false));
  }

  @Test
  void aPrivilegedContainerIgnoresItsRulesEvenMalformedOnesAsDockerd() {
    HostSettings privileged = host(true, List.of("x 1:3 rwm"));
    assertThat(privileged.cgroupRules()).isEmpty();
    assertThat(OciSpecBuilder.build(input(privileged, List.of())).linux().resources().devices())
        .containsExactly(new DeviceRule(true, "a", null, null, "rwm", null));
  }

  @Test
  void aMalformedRuleFailsTheSpecOfAnUnprivilegedContainer() {
    HostSettings h = host(false, List.of("c 1:1 rwm", "c 1:1"));
    assertThatThrownBy(h::cgroupRules).hasMessage("invalid device cgroup rule format: 'c 1:1'");
    assertThatThrownBy(() -> OciSpecBuilder.build(input(h, List.of()))).isInstanceOf(DrydockException.SystemError.class);
  }

  static HostSettings host(boolean privileged, List<String> rules) {
    return HostSettings.builder().privileged(privileged).networkMode(HostSettings.NetworkMode.NONE).deviceCgroupRules(rules).build();
  }

  private static SpecInput input(HostSettings host, List<HostDevice> devices) {
    SpecInput base = SpecFixtures.input(host, ContainerResources.NONE);
    return new SpecInput(base.container(), host, ResolvedUser.ROOT, Path.of("/r/rootfs"), Map.of(), Optional.empty(), List.of(), null,
        SpecInput.DEFAULT_CGROUP_PARENT, devices);
  }
}
