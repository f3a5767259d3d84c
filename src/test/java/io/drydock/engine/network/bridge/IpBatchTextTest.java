package io.drydock.engine.network.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpBatchTextTest {
  @Test
  void eachCommandIsOneLineOfItsTokens() {
    String text = IpCommand.batchText(List.of(
        List.of("addr", "add", "172.17.0.2/16", "dev", "eth0"),
        List.of("route", "add", "default", "via", "172.17.0.1")));

    assertThat(text).isEqualTo("addr add 172.17.0.2/16 dev eth0\nroute add default via 172.17.0.1\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eth 0", "eth0\nlink", "\"eth0\"", "it's", "#eth0", "a\\b", ""})
  void aTokenThatCouldSplitOrJoinLinesIsRefused(String token) {
    assertThatThrownBy(() -> IpCommand.batchText(List.of(List.of("link", "set", token, "up"))))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("ip batch: token");
  }
}
