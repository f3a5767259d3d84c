package io.drydock.engine.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetworkModeTest {
  @Test
  void parsesEveryForm() {
    assertThat(NetworkMode.parse("")).isEqualTo(new NetworkMode(NetworkMode.Kind.BRIDGE, "bridge"));
    assertThat(NetworkMode.parse("default").kind()).isEqualTo(NetworkMode.Kind.BRIDGE);
    assertThat(NetworkMode.parse("host").ownsNamespace()).isFalse();
    assertThat(NetworkMode.parse("none").ownsNamespace()).isTrue();
    assertThat(NetworkMode.parse("container:abc")).isEqualTo(new NetworkMode(NetworkMode.Kind.CONTAINER, "abc"));
    assertThat(NetworkMode.parse("mynet")).isEqualTo(new NetworkMode(NetworkMode.Kind.USER, "mynet"));
    assertThatThrownBy(() -> NetworkMode.parse("container:")).hasMessage("invalid container format container:<name|id>");
    assertThatThrownBy(() -> NetworkMode.parse("bad/name")).hasMessageContaining("invalid network name");
  }
}
