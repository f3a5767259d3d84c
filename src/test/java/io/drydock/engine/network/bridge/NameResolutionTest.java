package io.drydock.engine.network.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ExtraHosts} as dockerd 20.10 checks it at create (its messages, 400). */
class NameResolutionTest {
  private static List<NameResolution.HostEntry> entries(String... values) {
    return new NameResolution(List.of(values), null, null, null).hostEntries();
  }

  @Test
  void anEntryIsSplitAtItsFirstColon() {
    assertThat(entries("foo:1.2.3.4", "v6:::1", "gw:host-gateway")).containsExactly(new NameResolution.HostEntry("foo", "1.2.3.4"),
        new NameResolution.HostEntry("v6", "::1"), new NameResolution.HostEntry("gw", "host-gateway"));
    assertThat(NameResolution.NONE.hostEntries()).isEmpty();
  }

  @Test
  void aMissingNameOrAddressIsRefusedInDockerdsWords() {
    assertThatThrownBy(() -> entries("foo")).isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("bad format for add-host: \"foo\"");
    assertThatThrownBy(() -> entries(":1.2.3.4")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("bad format for add-host: \":1.2.3.4\"");
    assertThatThrownBy(() -> entries("foo:notanip")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("invalid IP address in add-host: \"notanip\"");
    assertThatThrownBy(() -> entries("foo:1.2.3.256")).isInstanceOf(DrydockException.InvalidArgument.class);
    assertThatThrownBy(() -> entries("foo:1.2.3")).isInstanceOf(DrydockException.InvalidArgument.class);
    assertThatThrownBy(() -> entries("foo:fe80::zz")).isInstanceOf(DrydockException.InvalidArgument.class);
  }
}
