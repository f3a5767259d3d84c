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
  void hostsListsLocalhostAndTheContainersAddressesWithItsHostname() {
    String hosts = EtcFiles.hosts("abc123", List.of(Ipv4.parse("10.213.0.2")));
    assertThat(hosts).startsWith("127.0.0.1\tlocalhost\n").endsWith("ff02::2\tip6-allrouters\n10.213.0.2\tabc123\n");
  }

  /** dockerd 20.10: {@code --hostname h --domainname example.com} gives {@code IP h.example.com h}. */
  @Test
  void aDomainnameGoesBeforeTheHostnameInTheContainersRecord() {
    String hosts = EtcFiles.hosts("h", "example.com", List.of(Ipv4.parse("10.213.0.2")), List.of());
    assertThat(hosts).endsWith("ff02::2\tip6-allrouters\n10.213.0.2\th.example.com h\n");
  }

  /** dockerd 20.10: {@code --add-host foo:1.2.3.4 --add-host bar:5.6.7.8} come after the defaults, before the container's own record. */
  @Test
  void extraHostsComeAfterTheDefaultsAndBeforeTheContainersRecord() {
    String hosts = EtcFiles.hosts("abc123", "", List.of(Ipv4.parse("10.213.0.2")),
        new NameResolution(List.of("foo:1.2.3.4", "v6:::1"), null, null, null).hostEntries());
    assertThat(hosts).endsWith("ff02::2\tip6-allrouters\n1.2.3.4\tfoo\n::1\tv6\n10.213.0.2\tabc123\n");
  }

  /** dockerd 20.10: {@code --dns 9.9.9.9 --dns-search example.com --dns-option ndots:2} on the default bridge. */
  @Test
  void dnsSettingsBuildResolvConfTakingWhatIsMissingFromTheHost() {
    assertThat(EtcFiles.resolvConf(HOST, false, new NameResolution(null, List.of("9.9.9.9"), List.of("example.com"), List.of("ndots:2"))))
        .isEqualTo("search example.com\nnameserver 9.9.9.9\noptions ndots:2\n");
    assertThat(EtcFiles.resolvConf(HOST, false, new NameResolution(null, List.of("9.9.9.9", "1.1.1.1"), List.of(), null)))
        .isEqualTo("search example.org\nnameserver 9.9.9.9\nnameserver 1.1.1.1\noptions edns0\n");
    assertThat(EtcFiles.resolvConf(HOST, false, new NameResolution(null, null, List.of("."), null)))
        .as("a search of . means none").isEqualTo("nameserver 192.0.2.1\noptions edns0\n");
    assertThat(EtcFiles.resolvConf(HOST, true, new NameResolution(null, List.of("9.9.9.9"), null, null)))
        .as("on a user network the embedded server stays").isEqualTo("search example.org\nnameserver 127.0.0.11\noptions edns0 ndots:0\n");
    assertThat(EtcFiles.resolvConf(HOST, false, NameResolution.NONE)).isEqualTo(EtcFiles.resolvConf(HOST, false));
  }
}
