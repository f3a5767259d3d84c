package io.drydock.api.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListenAddressTest {
  @Test
  void parsesDockerdHostSyntax() {
    assertThat(ListenAddress.parse("unix:///tmp/d.sock", false)).isEqualTo(new ListenAddress.UnixSocket(Path.of("/tmp/d.sock")));
    assertThat(ListenAddress.parse("unix://", false)).isEqualTo(new ListenAddress.UnixSocket(ListenAddress.DEFAULT_SOCKET));
    assertThat(ListenAddress.parse("tcp://127.0.0.1:2999", false)).isEqualTo(new ListenAddress.Tcp("127.0.0.1", 2999));
    assertThat(ListenAddress.parse("tcp://127.0.0.1", false)).isEqualTo(new ListenAddress.Tcp("127.0.0.1", 2375));
    assertThat(ListenAddress.parse("tcp://0.0.0.0", true)).isEqualTo(new ListenAddress.Tcp("0.0.0.0", 2376));
    assertThat(ListenAddress.parse("tcp://[::1]:2375", false)).isEqualTo(new ListenAddress.Tcp("::1", 2375));
  }

  @Test
  void refusesOtherSchemesAndRelativeSockets() {
    assertThatThrownBy(() -> ListenAddress.parse("fd://", false)).isInstanceOf(DrydockException.InvalidArgument.class);
    assertThatThrownBy(() -> ListenAddress.parse("unix://rel.sock", false)).hasMessageContaining("absolute");
    assertThatThrownBy(() -> ListenAddress.parse("tcp://host:1/path", false)).isInstanceOf(DrydockException.InvalidArgument.class);
  }

  @Test
  void plainTcpOnlyOnLoopback() {
    ListenPolicy.check(List.of(new ListenAddress.Tcp("127.0.0.1", 2375), new ListenAddress.Tcp("localhost", 2375), new ListenAddress.Tcp("::1", 1)), Optional.empty());
    assertThatThrownBy(() -> ListenPolicy.check(List.of(new ListenAddress.Tcp("0.0.0.0", 2375)), Optional.empty()))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("refusing to listen on tcp://0.0.0.0:2375 without TLS");
    ListenPolicy.check(List.of(new ListenAddress.Tcp("0.0.0.0", 2376)), Optional.of(new TlsFiles(Path.of("ca"), Path.of("c"), Path.of("k"))));
  }
}
