package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code docker network ...} and {@code docker volume ...} from the real CLI against drydock. */
@ScenarioTest
class NetworkVolumeCliTest {
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-netvol-cli");

  @Test
  void networkCreateLsInspectRm() {
    CommandResult created = DAEMON.docker("network", "create", "--subnet", "10.213.60.0/24", "--label", "a=b", "clinet");
    assertThat(created.exitCode()).as(created.stderr()).isZero();
    assertThat(created.stdout().trim()).matches("[0-9a-f]{64}");
    CommandResult ls = DAEMON.docker("network", "ls");
    assertThat(ls.exitCode()).as(ls.stderr()).isZero();
    assertThat(ls.stdout()).containsPattern("NETWORK ID\\s+NAME\\s+DRIVER\\s+SCOPE")
        .containsPattern(created.stdout().trim().substring(0, 12) + "\\s+clinet\\s+bridge\\s+local")
        .containsPattern("\\s+bridge\\s+bridge\\s+local").containsPattern("\\s+host\\s+host\\s+local").containsPattern("\\s+none\\s+null|\\s+none\\s+none");
    CommandResult inspect = DAEMON.docker("network", "inspect", "--format", "{{(index .IPAM.Config 0).Subnet}} {{.Labels.a}}", "clinet");
    assertThat(inspect.exitCode()).as(inspect.stderr()).isZero();
    assertThat(inspect.stdout().trim()).isEqualTo("10.213.60.0/24 b");
    CommandResult dup = DAEMON.docker("network", "create", "clinet");
    assertThat(dup.exitCode()).isEqualTo(1);
    assertThat(dup.stderr()).contains("Error response from daemon: network with name clinet already exists");
    CommandResult rm = DAEMON.docker("network", "rm", "clinet");
    assertThat(rm.exitCode()).as(rm.stderr()).isZero();
    assertThat(rm.stdout().trim()).isEqualTo("clinet");
    CommandResult gone = DAEMON.docker("network", "inspect", "clinet");
    assertThat(gone.exitCode()).isEqualTo(1);
    assertThat(gone.stderr()).contains("network clinet not found");
  }

  @Test
  void networkRmWaitsOnlyForRunningContainersAsDockerdDoes() {
    String subnet = "10.213." + (100 + new java.util.Random().nextInt(100)) + ".0/24";
    assertThat(DAEMON.docker("network", "create", "--subnet", subnet, "clirm").exitCode()).isZero();
    CommandResult run = DAEMON.docker("run", "-d", "--name", "clirm-live", "--network", "clirm", "busybox", "sleep", "300");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    CommandResult refused = DAEMON.docker("network", "rm", "clirm");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.stderr()).containsPattern("Error response from daemon: error while removing network: network clirm id [0-9a-f]{64} has active endpoints");
    assertThat(DAEMON.docker("stop", "-t", "0", "clirm-live").exitCode()).isZero();
    CommandResult rm = DAEMON.docker("network", "rm", "clirm");
    assertThat(rm.exitCode()).as(rm.stderr()).isZero();
    CommandResult start = DAEMON.docker("start", "clirm-live");
    assertThat(start.exitCode()).isEqualTo(1);
    assertThat(start.stderr()).contains("Error response from daemon: network clirm not found");
    assertThat(DAEMON.docker("inspect", "-f", "{{.State.Status}}", "clirm-live").stdout().trim()).isEqualTo("exited");
    assertThat(DAEMON.docker("network", "create", "--subnet", subnet, "clirm").exitCode()).isZero();
    CommandResult again = DAEMON.docker("start", "clirm-live");
    assertThat(again.exitCode()).as(again.stderr()).isZero();
    assertThat(DAEMON.docker("inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", "clirm-live").stdout())
        .startsWith(subnet.substring(0, subnet.lastIndexOf('.') + 1));
    assertThat(DAEMON.docker("rm", "-f", "clirm-live").exitCode()).isZero();
    assertThat(DAEMON.docker("network", "rm", "clirm").exitCode()).isZero();
  }

  @Test
  void bridgeOptionsReachTheContainersAndTheEmbeddedDnsIsNotAuthoritative() {
    String subnet = "10.213." + (100 + new java.util.Random().nextInt(100)) + ".0/24";
    String prefix = subnet.substring(0, subnet.lastIndexOf('.') + 1);
    CommandResult net = DAEMON.docker("network", "create", "--subnet", subnet, "-o", "com.docker.network.driver.mtu=1400",
        "-o", "com.docker.network.bridge.host_binding_ipv4=127.0.0.3", "clihb");
    assertThat(net.exitCode()).as(net.stderr()).isZero();
    try {
      CommandResult web = DAEMON.docker("run", "-d", "--name", "clihb-web", "--network", "clihb", "-p", "80", "busybox", "sleep", "300");
      assertThat(web.exitCode()).as(web.stderr()).isZero();
      assertThat(DAEMON.docker("port", "clihb-web", "80").stdout()).startsWith("127.0.0.3:");
      CommandResult addr = DAEMON.docker("run", "--rm", "--network", "clihb", "busybox", "busybox", "ip", "addr", "show", "eth0");
      assertThat(addr.stdout()).contains("mtu 1400").containsPattern("inet " + prefix.replace(".", "\\.") + "\\d+/24 brd " + prefix.replace(".", "\\.") + "255 scope global eth0");
      CommandResult lookup = DAEMON.docker("run", "--rm", "--network", "clihb", "busybox", "busybox", "nslookup", "clihb-web", "127.0.0.11");
      assertThat(lookup.stdout()).contains("Non-authoritative answer:").contains("Name:\tclihb-web").contains("Address: " + prefix);
      CommandResult host = DAEMON.docker("run", "--rm", "--network", "host", "-p", "80:80", "busybox", "true");
      assertThat(host.exitCode()).as(host.stderr()).isZero();
      assertThat(host.stderr()).contains("WARNING: Published ports are discarded when using host network mode");
    } finally {
      DAEMON.docker("rm", "-f", "clihb-web");
      DAEMON.docker("network", "rm", "clihb");
    }
  }

  @Test
  void pruneRemovesUnusedNetworksAndVolumes() {
    assertThat(DAEMON.docker("network", "create", "--label", "prune=me", "cliprune").exitCode()).isZero();
    assertThat(DAEMON.docker("volume", "create", "--label", "prune=me", "cliprunevol").exitCode()).isZero();
    CommandResult networks = DAEMON.docker("network", "prune", "--force", "--filter", "label=prune=me");
    assertThat(networks.exitCode()).as(networks.stderr()).isZero();
    assertThat(networks.stdout()).contains("Deleted Networks:").contains("cliprune");
    CommandResult volumes = DAEMON.docker("volume", "prune", "--force", "--filter", "label=prune=me");
    assertThat(volumes.exitCode()).as(volumes.stderr()).isZero();
    assertThat(volumes.stdout()).contains("Deleted Volumes:").contains("cliprunevol").contains("Total reclaimed space");
    assertThat(DAEMON.docker("network", "ls", "--filter", "name=cliprune", "--quiet").stdout()).isBlank();
    assertThat(DAEMON.docker("volume", "ls", "--quiet").stdout()).doesNotContain("cliprunevol");
  }

  @Test
  void volumeCreateLsInspectRm() {
    CommandResult created = DAEMON.docker("volume", "create", "--label", "x=y", "clivol");
    assertThat(created.exitCode()).as(created.stderr()).isZero();
    assertThat(created.stdout().trim()).isEqualTo("clivol");
    CommandResult ls = DAEMON.docker("volume", "ls");
    assertThat(ls.exitCode()).as(ls.stderr()).isZero();
    assertThat(ls.stdout()).containsPattern("DRIVER\\s+VOLUME NAME").containsPattern("local\\s+clivol");
    CommandResult inspect = DAEMON.docker("volume", "inspect", "--format", "{{.Driver}} {{.Labels.x}} {{.Mountpoint}}", "clivol");
    assertThat(inspect.exitCode()).as(inspect.stderr()).isZero();
    assertThat(inspect.stdout().trim()).startsWith("local y ").endsWith("/volumes/clivol/_data");
    CommandResult rm = DAEMON.docker("volume", "rm", "clivol");
    assertThat(rm.exitCode()).as(rm.stderr()).isZero();
    CommandResult gone = DAEMON.docker("volume", "inspect", "clivol");
    assertThat(gone.exitCode()).isEqualTo(1);
    assertThat(gone.stderr()).contains("no such volume");
  }
}
