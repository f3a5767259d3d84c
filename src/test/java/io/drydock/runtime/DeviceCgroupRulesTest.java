package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.runtime.cgroup.CgroupResources;
import io.drydock.runtime.cgroup.CgroupWrite;
import io.drydock.runtime.cgroup.CgroupWritePlan;
import io.drydock.runtime.cgroup.DeviceAccessRule;
import io.drydock.runtime.spec.Device;
import io.drydock.runtime.spec.DeviceRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** linux.resources.devices → ordered device cgroup rules → v1 writes, without a kernel. */
class DeviceCgroupRulesTest {
  @Test
  void theConfigsRulesComeFirstThenRuncsDefaultsThenTheConfigsNodes() {
    List<DeviceAccessRule> rules = DeviceCgroupRules.of(List.of(new DeviceRule(false, null, null, null, "rwm", null),
        new DeviceRule(true, "c", 10L, 200L, "rw", null)),
        List.of(new Device("c", "/dev/fuse", 10L, 229L, null, null, null, null)), "linux.resources.devices");
    assertThat(rules.get(0).v1File()).isEqualTo("devices.deny");
    assertThat(rules.get(0).v1Line()).isEqualTo("a *:* rwm");
    assertThat(rules.get(1).v1Line()).isEqualTo("c 10:200 rw");
    assertThat(rules.subList(2, 2 + DeviceCgroupRules.DEFAULTS.size())).isEqualTo(DeviceCgroupRules.DEFAULTS);
    assertThat(rules.get(rules.size() - 1).v1Line()).isEqualTo("c 10:229 rwm");
    assertThat(DeviceCgroupRules.DEFAULTS).extracting(DeviceAccessRule::v1Line)
        .contains("c *:* m", "b *:* m", "c 1:3 rwm", "c 136:* rwm", "c 5:2 rwm").doesNotContain("c 10:200 rwm");
  }

  @Test
  void aNodeTheConfigHasARuleForKeepsThatRulesAccess() {
    List<DeviceAccessRule> rules = DeviceCgroupRules.of(List.of(new DeviceRule(false, null, null, null, "rwm", null),
        new DeviceRule(true, "b", 240L, 9L, "r", null)),
        List.of(new Device("b", "/dev/mine", 240L, 9L, null, null, null, null), new Device("b", "/dev/other", 240L, 10L, null, null, null, null)),
        "linux.resources.devices");
    assertThat(rules).extracting(DeviceAccessRule::v1Line).filteredOn(l -> l.startsWith("b 240:"))
        .containsExactly("b 240:9 r", "b 240:10 rwm");
  }

  @Test
  void noRulesKeepTheParentsList() {
    assertThat(DeviceCgroupRules.of(null, List.of(), "f")).isEmpty();
    assertThat(DeviceCgroupRules.of(List.of(), null, "f")).isEmpty();
  }

  @Test
  void badRulesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> DeviceCgroupRules.of(List.of(new DeviceRule(true, "x", null, null, "rwm", null)), null, "d"))
        .hasMessage("config.json: d[0].type: unknown device type \"x\" (want a, c or b)");
    assertThatThrownBy(() -> DeviceCgroupRules.of(List.of(new DeviceRule(true, "c", 1L, 3L, "rwx", null)), null, "d"))
        .hasMessage("config.json: d[0].access: \"rwx\" is not a combination of r, w and m");
    assertThatThrownBy(() -> DeviceCgroupRules.of(List.of(new DeviceRule(null, "c", 1L, 3L, "r", null)), null, "d"))
        .hasMessage("config.json: d[0].allow: is required");
    assertThatThrownBy(() -> DeviceCgroupRules.of(List.of(new DeviceRule(true, "c", -5L, 3L, "r", null)), null, "d"))
        .hasMessageStartingWith("config.json: d[0].major: ");
  }

  @Test
  void v1WritesTheRulesInOrderAndV2WritesNone() {
    List<DeviceAccessRule> rules = List.of(new DeviceAccessRule(false, 'a', -1, -1, "rwm"),
        new DeviceAccessRule(true, 'c', 1, 3, "rwm"), new DeviceAccessRule(false, 'c', 1, 3, "w"));
    CgroupResources r = CgroupResources.builder().devices(rules).build();
    assertThat(CgroupWritePlan.v1(r, CgroupWritePlan.UNLIMITED)).containsExactly(
        new CgroupWrite("devices", "devices.deny", "a *:* rwm", false),
        new CgroupWrite("devices", "devices.allow", "c 1:3 rwm", false),
        new CgroupWrite("devices", "devices.deny", "c 1:3 w", false));
    assertThat(CgroupWritePlan.v2(r)).isEmpty();
  }
}
