package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.DeviceRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dockerd 20.10's refusals of the create's runtime, isolation, storage options, MAC address and device requests, with its statuses and words. */
class ContainerOptionRulesTest {
  private static final RuntimeRule RUNTIMES = new RuntimeRule(List.of("drydock", "runc"), "drydock");

  @Test
  void anUnknownRuntimeIsRefusedInDockerdsWords() {
    assertThatThrownBy(() -> RUNTIMES.check("foo")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Unknown runtime specified foo");
  }

  @Test
  void theDefaultRuntimeByNameOrByOmissionIsKeptAsSent() {
    assertThat(RUNTIMES.check("")).isEmpty();
    assertThat(RUNTIMES.check(null)).isEmpty();
    assertThat(RUNTIMES.check("drydock")).isEqualTo("drydock");
  }

  @Test
  void aListedRuntimeThatIsNotTheDefaultIsRefusedSayingHowToGetIt() {
    assertThatThrownBy(() -> RUNTIMES.check("runc")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("--default-runtime runc");
  }

  @Test
  void inspectShowsTheDefaultRuntimeOnlyOnceStarted() {
    assertThat(RUNTIMES.shown("", false)).isEmpty();
    assertThat(RUNTIMES.shown("", true)).isEqualTo("drydock");
    assertThat(RUNTIMES.shown("drydock", false)).isEqualTo("drydock");
  }

  @Test
  void onlyTheDefaultIsolationExistsOnLinuxAndAnyOtherIsA500() {
    IsolationRule.check("");
    IsolationRule.check(null);
    IsolationRule.check("default");
    IsolationRule.check("DEFAULT");
    assertThatThrownBy(() -> IsolationRule.check("hyperv")).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("Invalid isolation: \"hyperv\" - linux only supports 'default'");
    assertThatThrownBy(() -> IsolationRule.check("process")).isInstanceOf(DrydockException.SystemError.class);
  }

  @Test
  void storageOptionsAreRefusedAsOverlayWithoutQuotasRefusesThem() {
    StorageOptRule.check(Map.of());
    StorageOptRule.check(null);
    assertThatThrownBy(() -> StorageOptRule.check(Map.of("size", "1G"))).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage(StorageOptRule.NO_QUOTA);
    assertThatThrownBy(() -> StorageOptRule.check(Map.of("size", "nonsense", "foo", "x"))).hasMessage(StorageOptRule.NO_QUOTA);
    assertThatThrownBy(() -> StorageOptRule.check(Map.of("Foo", "1G"))).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("Unknown option foo");
    assertThatThrownBy(() -> StorageOptRule.check(Map.of("SIZE", "1G"))).hasMessage(StorageOptRule.NO_QUOTA);
  }

  @Test
  void aMacBesideHostOrAnotherContainersNetworkIsAConflict() {
    for (String mode : List.of("host", "container:abc")) {
      assertThatThrownBy(() -> MacAddressRule.checkMode("02:42:ac:11:00:99", mode)).isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessage("conflicting options: mac-address and the network mode");
    }
    for (String mode : List.of("", "none", "bridge", "default", "mynet")) {
      MacAddressRule.checkMode("02:42:ac:11:00:99", mode);
    }
    MacAddressRule.checkMode("", "host");
  }

  @Test
  void macAddressesParseAsGosParseMac() {
    assertThat(MacAddressRule.parse("02:42:ac:11:00:99")).containsExactly(0x02, 0x42, 0xac, 0x11, 0x00, 0x99);
    assertThat(MacAddressRule.parse("02-42-AC-11-00-99")).containsExactly(0x02, 0x42, 0xac, 0x11, 0x00, 0x99);
    assertThat(MacAddressRule.parse("0242.ac11.0099")).containsExactly(0x02, 0x42, 0xac, 0x11, 0x00, 0x99);
    assertThat(MacAddressRule.parse("02:42:ac:11:00:99:aa:bb")).hasSize(8);
    assertThat(io.drydock.engine.network.MacAddressText.format(MacAddressRule.parse("02-42-AC-11-00-9A"))).isEqualTo("02:42:ac:11:00:9a");
    for (String bad : List.of("zz", "02:42:AC:11:00:9", "02:42-ac:11:00:99", "02:42:ac:11:00:9g", "02:42:ac:11:00:99:", "0242.ac11.009",
        "02:42:ac:11:00:99:aa", "０2:42:ac:11:00:99")) {
      assertThatThrownBy(() -> MacAddressRule.parse(bad)).as(bad).isInstanceOf(DrydockException.SystemError.class)
          .hasMessage("address " + bad + ": invalid MAC address");
    }
  }

  @Test
  void aDeviceRequestFindsNoDriverAndNamesItAsGoPrintsIt() {
    DeviceRequestRule.check(null);
    DeviceRequestRule.check(List.of());
    assertThatThrownBy(() -> DeviceRequestRule.check(List.of(new DeviceRequest("", -1, null, List.of(List.of("gpu")), null))))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("could not select device driver \"\" with capabilities: [[gpu]]");
    assertThat(DeviceRequestRule.goList(List.of(List.of("gpu", "utility"), List.of("compute")))).isEqualTo("[[gpu utility] [compute]]");
    assertThat(DeviceRequestRule.goList(null)).isEqualTo("[]");
  }
}
