package io.drydock.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionGateTest {
  @Test
  void unversionedPathsAreTheCurrentVersion() {
    VersionGate.VersionedPath p = VersionGate.split("/info");
    assertThat(p.path()).isEqualTo("/info");
    assertThat(p.version()).isEqualTo(ApiVersion.CURRENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.24", "1.25", "1.30", "1.40", "1.41"})
  void supportedVersionsAreStripped(String v) {
    VersionGate.VersionedPath p = VersionGate.split("/v" + v + "/containers/json");
    assertThat(p.path()).isEqualTo("/containers/json");
    assertThat(p.version().text()).isEqualTo(v);
  }

  @Test
  void newerVersionsAreRefusedWithDockerdsMessage() {
    assertThatThrownBy(() -> VersionGate.split("/v1.42/info"))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("client version 1.42 is too new. Maximum supported API version is 1.41");
    assertThatThrownBy(() -> VersionGate.split("/v2.0/info")).hasMessageContaining("too new");
  }

  @Test
  void olderVersionsAreRefusedWithDockerdsMessage() {
    assertThatThrownBy(() -> VersionGate.split("/v1.23/info"))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("client version 1.23 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version");
  }

  @Test
  void versionsCompareNumericallyPerComponent() {
    assertThat(ApiVersion.parse("1.9")).isLessThan(ApiVersion.parse("1.10"));
    assertThat(ApiVersion.parse("1.41")).isEqualTo(ApiVersion.parse("1.41.0"));
    assertThat(ApiVersion.parse("1.41").hashCode()).isEqualTo(ApiVersion.parse("1.41.0").hashCode());
  }

  @Test
  void aPathThatOnlyLooksVersionedIsLeftAlone() {
    assertThat(VersionGate.split("/vx/info").path()).isEqualTo("/vx/info");
  }
}
