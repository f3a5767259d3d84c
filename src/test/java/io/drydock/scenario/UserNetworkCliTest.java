package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * User networks from the real CLI as dockerd 20.10 shows them on the host: the network's bridge
 * from {@code network create} to {@code network rm}, a fixed address a running container holds
 * refused at start with nothing left behind, and {@code network connect --link} aliases that the
 * connected container alone resolves, to the target's address of the moment. Bridge names and
 * subnets are random; each test removes its containers and networks, also when it fails.
 */
@ScenarioTest
class UserNetworkCliTest {
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-usernet-cli");
  private final String tag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
  private final String prefix = "10.213." + ThreadLocalRandom.current().nextInt(100, 200) + ".";

  private static CommandResult ok(CommandResult r) {
    assertThat(r.exitCode()).as("%s\n%s", r.stdout(), r.stderr()).isZero();
    return r;
  }

  private CommandResult host(String... command) {
    return CommandResult.run(DAEMON.dir(), Map.of(), List.of(command), 20);
  }

  private String ipOf(String container, String network) {
    return ok(DAEMON.docker("inspect", "-f", "{{(index .NetworkSettings.Networks \"" + network + "\").IPAddress}}", container)).stdout().trim();
  }

  /** The address the container's embedded DNS gives for {@code name}, or "" when it finds none. */
  private static String lookup(String container, String name) {
    CommandResult r = DAEMON.docker("exec", container, "busybox", "nslookup", "-type=a", name, "127.0.0.11");
    String out = r.stdout();
    assertThat(out).as("nslookup ran: %s", r.stderr()).contains("Server:");
    int at = out.indexOf("Name:\t" + name);
    return at < 0 ? "" : out.substring(at).lines().filter(l -> l.startsWith("Address: ")).map(l -> l.substring(9).trim()).findFirst().orElse("");
  }

  @Test
  void aNetworksBridgeExistsFromCreateToRmAndATakenFixedAddressFailsTheStartLeavingNothing() throws Exception {
    String net = "cliub" + tag;
    String bridge = "ddub" + tag;
    try {
      ok(DAEMON.docker("network", "create", "--subnet", prefix + "0/24", "-o", "com.docker.network.bridge.name=" + bridge, net));
      assertThat(host("ip", "-o", "-4", "addr", "show", "dev", bridge).stdout()).as("bridge right after create").contains("inet " + prefix + "1/24");
      ok(DAEMON.docker("run", "-d", "--name", "holder" + tag, "--network", net, "--ip", prefix + "5", "busybox", "sleep", "300"));
      CommandResult clash = DAEMON.docker("run", "-d", "--name", "wanter" + tag, "--network", net, "--ip", prefix + "5", "busybox", "sleep", "300");
      assertThat(clash.exitCode()).isEqualTo(125);
      assertThat(clash.stderr()).contains("Error response from daemon: Address already in use");
      assertThat(ok(DAEMON.docker("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}", "wanter" + tag)).stdout().trim())
          .isEqualTo("created 128 Address already in use");
      assertThat(host("ip", "-o", "link", "show", "master", bridge).stdout().lines().filter(l -> !l.isBlank()).count())
          .as("only the holder's veth").isEqualTo(1);
      String wanterId = ok(DAEMON.docker("inspect", "-f", "{{.Id}}", "wanter" + tag)).stdout().trim();
      Path netns = DAEMON.dir().resolve("daemon/exec/netns");
      if (Files.isDirectory(netns)) {
        try (Stream<Path> files = Files.list(netns)) {
          assertThat(files.map(p -> p.getFileName().toString())).as("network namespaces").doesNotContain(wanterId);
        }
      }
      assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).as("mounts of the failed container").doesNotContain(wanterId);
      ok(DAEMON.docker("rm", "-f", "holder" + tag));
      ok(DAEMON.docker("start", "wanter" + tag));
      assertThat(ipOf("wanter" + tag, net)).isEqualTo(prefix + "5");
      ok(DAEMON.docker("rm", "-f", "wanter" + tag));
      ok(DAEMON.docker("network", "rm", net));
      assertThat(host("ip", "link", "show", bridge).exitCode()).as("bridge gone with the network").isNotZero();
    } finally {
      DAEMON.docker("rm", "-f", "holder" + tag, "wanter" + tag);
      DAEMON.docker("network", "rm", net);
    }
  }

  @Test
  void aLinkGivenAtNetworkConnectIsANameForThatContainerOnlyFollowingTheTargetsAddress() {
    String net = "clilk" + tag;
    String other = "clilo" + tag;
    String target = "lkt" + tag;
    String user = "lku" + tag;
    String bystander = "lkb" + tag;
    try {
      ok(DAEMON.docker("network", "create", "--subnet", prefix + "0/24", net));
      ok(DAEMON.docker("network", "create", other));
      ok(DAEMON.docker("run", "-d", "--name", target, "--network", net, "busybox", "sleep", "300"));
      ok(DAEMON.docker("run", "-d", "--name", bystander, "--network", net, "busybox", "sleep", "300"));
      ok(DAEMON.docker("run", "-d", "--name", user, "--network", other, "busybox", "sleep", "300"));
      ok(DAEMON.docker("network", "connect", "--link", target + ":db", net, user));
      assertThat(ok(DAEMON.docker("inspect", "-f", "{{json (index .NetworkSettings.Networks \"" + net + "\").Links}} {{json .HostConfig.Links}}", user))
          .stdout().trim()).isEqualTo("[\"" + target + ":db\"] null");
      assertThat(lookup(user, "db")).isEqualTo(ipOf(target, net));
      assertThat(lookup(bystander, "db")).as("no other container knows the alias").isEmpty();

      ok(DAEMON.docker("network", "disconnect", net, target));
      ok(DAEMON.docker("network", "connect", "--ip", prefix + "77", net, target));
      assertThat(lookup(user, "db")).as("the target's new address").isEqualTo(prefix + "77");
      ok(DAEMON.docker("stop", "-t", "0", target));
      assertThat(lookup(user, "db")).as("a stopped target").isEmpty();
      ok(DAEMON.docker("start", target));
      assertThat(lookup(user, "db")).isEqualTo(prefix + "77");

      ok(DAEMON.docker("network", "disconnect", net, user));
      ok(DAEMON.docker("network", "connect", net, user));
      assertThat(lookup(user, "db")).as("the link went with the endpoint").isEmpty();
    } finally {
      DAEMON.docker("rm", "-f", target, user, bystander);
      DAEMON.docker("network", "rm", net, other);
    }
  }
}
