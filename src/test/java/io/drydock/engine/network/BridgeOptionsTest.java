package io.drydock.engine.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Ipv4;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BridgeOptionsTest {
  @Test
  void withoutOptionsTheDefaultsHold() {
    assertThat(BridgeOptions.parse(Map.of())).isEqualTo(new BridgeOptions("", 0, true, true, Optional.empty()));
  }

  @Test
  void everyOptionIsRead() {
    BridgeOptions o = BridgeOptions.parse(Map.of(BridgeOptions.NAME, "br-x", BridgeOptions.MTU, "1400", BridgeOptions.ICC, "false",
        BridgeOptions.MASQUERADE, "0", BridgeOptions.HOST_BINDING, "127.0.0.2", "com.docker.network.unknown", "ignored"));
    assertThat(o).isEqualTo(new BridgeOptions("br-x", 1400, false, false, Optional.of(Ipv4.parse("127.0.0.2"))));
  }

  @ParameterizedTest
  @CsvSource({"1,true", "t,true", "T,true", "TRUE,true", "True,true", "0,false", "f,false", "F,false", "FALSE,false", "False,false"})
  void goBooleanSpellingsAreAccepted(String text, boolean value) {
    assertThat(BridgeOptions.parse(Map.of(BridgeOptions.ICC, text)).icc()).isEqualTo(value);
  }

  @Test
  void anIpv6HostBindingIsAcceptedButNotUsed() {
    assertThat(BridgeOptions.parse(Map.of(BridgeOptions.HOST_BINDING, "::1")).hostBindingIp()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "com.docker.network.bridge.name|abcdefghijklmnop|failed to check bridge interface existence: numerical result out of range",
      "com.docker.network.bridge.name|a b|invalid argument",
      "com.docker.network.driver.mtu|abc|failed to parse com.docker.network.driver.mtu value: abc (strconv.Atoi: parsing \"abc\": invalid syntax)",
      "com.docker.network.driver.mtu|-5|invalid MTU number: -5",
      "com.docker.network.bridge.enable_icc|maybe|failed to parse com.docker.network.bridge.enable_icc value: maybe (strconv.ParseBool: parsing \"maybe\": invalid syntax)",
      "com.docker.network.bridge.enable_ip_masquerade|yes|failed to parse com.docker.network.bridge.enable_ip_masquerade value: yes (strconv.ParseBool: parsing \"yes\": invalid syntax)",
      "com.docker.network.bridge.host_binding_ipv4|notip|failed to parse com.docker.network.bridge.host_binding_ipv4 value: notip (nil ip)"})
  void badValuesGetDockerdsMessages(String key, String value, String message) {
    assertThatThrownBy(() -> BridgeOptions.parse(Map.of(key, value))).isInstanceOf(DrydockException.SystemError.class).hasMessage(message);
  }
}
