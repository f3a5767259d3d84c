package io.drydock.engine.network.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.network.ipam.Ipv4;
import java.util.List;
import org.junit.jupiter.api.Test;

class EtcFilesTest {
  private static final String HOST = "# managed\nnameserver 127.0.0.53\nnameserver 192.0.2.1\nsearch example.org\noptions edns0\n";

  @Test
  void resolvConfDropsLoopbackServersOnTheDefaultBridge() {
    assertThat(EtcFiles.resolvConf(HOST, false)).isEqualTo("nameserver 192.0.2.1\nsearch example.org\noptions edns0\n");
    assertThat(EtcFiles.resolvConf("nameserver 127.0.0.1\n", false)).isEqualTo("nameserver 8.8.8.8\nnameserver 8.8.4.4\n");
  }

  @Test
  void resolvConfNamesTheEmbeddedDnsOnUserNetworks() {
    assertThat(EtcFiles.resolvConf(HOST, true)).isEqualTo("nameserver 127.0.0.11\nsearch example.org\noptions ndots:0\n");
  }

  @Test
  void hostsListsLocalhostAndTheContainersAddressesWithAliases() {
    String hosts = EtcFiles.hosts("abc123", List.of(Ipv4.parse("10.213.0.2")), List.of("db", "abc123"));
    assertThat(hosts).startsWith("127.0.0.1\tlocalhost\n").endsWith("10.213.0.2\tabc123 db\n");
  }
}
