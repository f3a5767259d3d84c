package io.drydock.scenario;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpHead;
import io.drydock.conformance.glue.HttpResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docker run} with networks, published ports and volumes, from the real docker CLI against
 * a drydock daemon with a default bridge and subnets of its own (random names and 10.x subnets, so
 * parallel runs do not meet). Traffic goes only to loopback and to the namespaces the daemon made.
 * After each test no container is left; each test checks that nothing of its own is left either
 * (veths on its bridges, network namespaces, mounts).
 */
@KernelTest
class NetworkVolumeRunKernelTest {
  private static DockerCli cli;
  private static String bridge;
  private static String tag;
  private static final int SECOND_OCTET = ThreadLocalRandom.current().nextInt(200, 250);

  @BeforeAll
  static void startDaemon() throws Exception {
    tag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
    bridge = "ddt" + tag;
    cli = DockerCli.start("drydock-netvol-run", "--bridge", bridge, "--bip", subnet(0));
    Path tar = cli.dir.resolve("busybox.tar");
    Files.write(tar, io.drydock.conformance.glue.BusyboxImage.tar());
    ok(docker("import", tar.toString(), "busybox:latest"));
    ok(docker("import", "--change", "VOLUME /bin", tar.toString(), "bbvolume:latest"));
  }

  @AfterAll
  static void stopDaemon() {
    if (cli != null) {
      cli.close();
    }
  }

  @AfterEach
  void removeContainers() {
    String ids = docker("ps", "-a", "-q").stdout().trim();
    if (!ids.isEmpty()) {
      List<String> args = new java.util.ArrayList<>(List.of("rm", "-f", "-v"));
      args.addAll(List.of(ids.split("\\s+")));
      docker(args.toArray(String[]::new));
    }
  }

  private static String subnet(int third) {
    return "10." + SECOND_OCTET + "." + (ThreadLocalRandom.current().nextInt(1, 250) / 10 * 10 + third) + ".0/24";
  }

  private static CommandResult docker(String... args) {
    return cli.run(args);
  }

  private static CommandResult ok(CommandResult r) {
    assertThat(r.exitCode()).as("%s\n%s", r.stdout(), r.stderr()).isZero();
    return r;
  }

  @Test
  void containersOnAUserNetworkReachEachOtherByNameAndAliasButNotAcrossNetworks() {
    String a = "nva" + tag;
    String b = "nvb" + tag;
    ok(docker("network", "create", "--subnet", subnet(1), a));
    ok(docker("network", "create", "--subnet", subnet(2), b));
    try {
      ok(docker("run", "-d", "--name", "srv" + tag, "--network", a, "--network-alias", "www" + tag, "busybox",
          "busybox", "httpd", "-f", "-p", "80", "-h", "/etc"));
      String ip = ok(docker("inspect", "--format", "{{(index .NetworkSettings.Networks \"" + a + "\").IPAddress}}", "srv" + tag)).stdout().trim();
      assertThat(ip).startsWith("10." + SECOND_OCTET + ".");

      CommandResult byName = ok(docker("run", "--rm", "--network", a, "busybox", "sh", "-c",
          "busybox wget -q -O - http://srv" + tag + "/hostname && busybox wget -q -O - http://www" + tag + "/hostname && cat /etc/resolv.conf"));
      String shortId = ok(docker("inspect", "--format", "{{.Id}}", "srv" + tag)).stdout().trim().substring(0, 12);
      assertThat(byName.stdout()).startsWith(shortId + "\n" + shortId + "\n").contains("nameserver 127.0.0.11");

      CommandResult across = docker("run", "--rm", "--network", b, "busybox", "sh", "-c",
          "busybox ping -c 1 -W 1 " + ip + "; echo ping=$?; busybox nslookup srv" + tag + " 127.0.0.11; echo dns=$?");
      assertThat(across.stdout()).contains("ping=1").contains("dns=1");
    } finally {
      docker("rm", "-f", "srv" + tag);
      docker("network", "rm", a, b);
    }
    assertNothingLeft();
  }

  /**
   * {@code docker stats}' NET I/O: the counters of the container's own interfaces, by their names
   * inside it, without loopback; a container without a sandbox of its own ({@code none}, {@code
   * container:}) has no {@code networks} at all, as with dockerd.
   */
  @Test
  void statsCountTheTrafficOfTheContainersOwnInterfaces() {
    ok(docker("run", "-d", "--name", "stsrv" + tag, "busybox", "busybox", "httpd", "-f", "-p", "80", "-h", "/bin"));
    ok(docker("run", "-d", "--name", "stnone" + tag, "--network", "none", "busybox", "sleep", "60"));
    ok(docker("run", "-d", "--name", "stjoin" + tag, "--network", "container:stsrv" + tag, "busybox", "sleep", "60"));
    String ip = ok(docker("inspect", "--format", "{{.NetworkSettings.IPAddress}}", "stsrv" + tag)).stdout().trim();
    ok(docker("run", "--rm", "busybox", "busybox", "wget", "-q", "-O", "/dev/null", "http://" + ip + "/busybox"));

    com.fasterxml.jackson.databind.JsonNode networks = cli.engine().request("GET", "/v1.41/containers/stsrv" + tag + "/stats?stream=0")
        .json().path("networks");
    assertThat(networks.isObject()).as(networks.toString()).isTrue();
    List<String> names = new java.util.ArrayList<>();
    networks.fieldNames().forEachRemaining(names::add);
    assertThat(names).as(networks.toString()).containsExactly("eth0");
    assertThat(networks.path("eth0").path("tx_bytes").asLong()).as("the busybox binary went out").isGreaterThan(500_000);
    assertThat(networks.path("eth0").path("rx_packets").asLong()).isPositive();
    assertThat(ok(docker("stats", "--no-stream", "--format", "{{.NetIO}}", "stsrv" + tag)).stdout().trim()).doesNotStartWith("0B");

    for (String other : List.of("stnone" + tag, "stjoin" + tag)) {
      assertThat(cli.engine().request("GET", "/v1.41/containers/" + other + "/stats?stream=0").json().has("networks")).as(other).isFalse();
    }
    ok(docker("rm", "-f", "stjoin" + tag, "stnone" + tag, "stsrv" + tag));
    assertNothingLeft();
  }

  @Test
  void noneHostAndContainerModesAndConnectDisconnectOfARunningContainer() throws IOException {
    assertThat(ok(docker("run", "--rm", "--network", "none", "busybox", "busybox", "ip", "-o", "-4", "addr")).stdout().trim())
        .startsWith("1: lo").doesNotContain("eth0");
    assertThat(ok(docker("run", "--rm", "--network", "host", "busybox", "hostname")).stdout().trim())
        .isEqualTo(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim());
    String net = "nvc" + tag;
    ok(docker("network", "create", "--subnet", subnet(3), net));
    try {
      ok(docker("run", "-d", "--name", "base" + tag, "busybox", "sleep", "60"));
      String bridgeIp = ok(docker("inspect", "--format", "{{.NetworkSettings.IPAddress}}", "base" + tag)).stdout().trim();
      assertThat(ok(docker("run", "--rm", "--network", "container:base" + tag, "busybox", "busybox", "ip", "-o", "-4", "addr")).stdout())
          .contains(bridgeIp + "/");

      ok(docker("network", "connect", net, "base" + tag));
      String userIp = ok(docker("inspect", "--format", "{{(index .NetworkSettings.Networks \"" + net + "\").IPAddress}}", "base" + tag)).stdout().trim();
      assertThat(ok(docker("exec", "base" + tag, "busybox", "ip", "-o", "-4", "addr")).stdout()).contains("eth1").contains(userIp + "/");
      assertThat(ok(docker("run", "--rm", "--network", net, "busybox", "busybox", "ping", "-c", "1", "-W", "2", userIp)).stdout()).contains("1 packets received");
      ok(docker("run", "-d", "--name", "peer" + tag, "--network", net, "busybox", "sleep", "60"));
      assertThat(ok(docker("exec", "base" + tag, "busybox", "ping", "-c", "1", "-W", "2", "peer" + tag)).stdout())
          .as("a name on the network joined while running").contains("1 packets received");
      ok(docker("network", "disconnect", net, "base" + tag));
      assertThat(ok(docker("exec", "base" + tag, "busybox", "ip", "-o", "-4", "addr")).stdout()).doesNotContain("eth1");
    } finally {
      docker("rm", "-f", "base" + tag, "peer" + tag);
      docker("network", "rm", net);
    }
    assertNothingLeft();
  }

  @Test
  void aPublishedHttpdAnswersOnLoopbackAndShowsInPortPsAndInspect() throws Exception {
    int port = freePort();
    String name = "pub" + tag;
    ok(docker("run", "-d", "--name", name, "-p", "127.0.0.1:" + port + ":80", "busybox", "busybox", "httpd", "-f", "-p", "80", "-h", "/etc"));
    String id = ok(docker("inspect", "--format", "{{.Id}}", name)).stdout().trim();
    assertThat(httpGet(port, "/hostname")).contains(id.substring(0, 12));
    assertThat(ok(docker("port", name)).stdout().trim()).isEqualTo("80/tcp -> 127.0.0.1:" + port);
    assertThat(ok(docker("ps", "--format", "{{.Names}} {{.Ports}}")).stdout()).contains(name + " 127.0.0.1:" + port + "->80/tcp");
    assertThat(ok(docker("inspect", "--format", "{{json .HostConfig.PortBindings}} {{.NetworkSettings.IPAddress}}", name)).stdout())
        .startsWith("{\"80/tcp\":[{\"HostIp\":\"127.0.0.1\",\"HostPort\":\"" + port + "\"}]} 10." + SECOND_OCTET + ".");

    ok(docker("restart", "-t", "1", name));
    assertThat(httpGet(port, "/hostname")).contains(id.substring(0, 12));
    ok(docker("stop", "-t", "1", name));
    assertThat(veths()).isEmpty();
    assertThat(connects(port)).isFalse();
    ok(docker("rm", name));
    assertNothingLeft();
  }

  @Test
  void aTakenPortFailsTheStartAndLeavesNothingWired() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      CommandResult r = docker("run", "-d", "--name", "clash" + tag, "-p", "127.0.0.1:" + taken.getLocalPort() + ":80", "busybox", "sleep", "30");
      assertThat(r.exitCode()).isEqualTo(125);
      assertThat(r.stderr()).contains("Error response from daemon:").contains("127.0.0.1:" + taken.getLocalPort());
      assertThat(ok(docker("inspect", "--format", "{{.State.Status}}", "clash" + tag)).stdout().trim()).isIn("created", "exited");
    }
    assertNothingLeft();
  }

  @Test
  void dataInANamedVolumeOutlivesItsContainerAndAVolumeInUseIsNotRemoved() {
    String vol = "nvvol" + tag;
    ok(docker("run", "--rm", "-v", vol + ":/data", "busybox", "sh", "-c", "echo kept > /data/f"));
    assertThat(ok(docker("run", "--rm", "-v", vol + ":/data", "busybox", "cat", "/data/f")).stdout()).isEqualTo("kept\n");
    ok(docker("create", "--name", "user" + tag, "--mount", "type=volume,source=" + vol + ",target=/v", "busybox", "true"));
    assertThat(ok(docker("inspect", "--format", "{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.RW}}{{end}}", "user" + tag)).stdout().trim())
        .isEqualTo("volume " + vol + " /v true");
    CommandResult inUse = docker("volume", "rm", vol);
    assertThat(inUse.exitCode()).isEqualTo(1);
    assertThat(inUse.stderr()).contains("volume is in use");
    ok(docker("rm", "user" + tag));
    ok(docker("volume", "rm", vol));
    assertNothingLeft();
  }

  @Test
  void readOnlyMountsAreReadOnlyAndTmpfsIsWritable() throws IOException {
    Path host = Files.createDirectories(cli.dir.resolve("ro-src"));
    Files.writeString(host.resolve("f"), "host\n");
    CommandResult bind = docker("run", "--rm", "-v", host + ":/h:ro", "busybox", "sh", "-c", "cat /h/f; echo x > /h/g; echo rc=$?");
    assertThat(bind.stdout()).contains("host\n").contains("rc=1");
    assertThat(bind.stderr()).contains("Read-only file system");
    CommandResult mounts = docker("run", "--rm", "--mount", "type=bind,source=" + host + ",target=/b,readonly",
        "--mount", "type=tmpfs,target=/t", "busybox", "sh", "-c", "echo x > /b/g; echo b=$?; echo y > /t/y && cat /t/y");
    assertThat(mounts.stdout()).contains("b=1").contains("y\n");
    assertThat(Files.exists(host.resolve("g"))).isFalse();
    assertNothingLeft();
  }

  @Test
  void anImageVolumeIsAnAnonymousVolumeFilledFromTheImageAndRmVRemovesIt() {
    String name = "anon" + tag;
    ok(docker("run", "--name", name, "bbvolume", "sh", "-c", "ls /bin/busybox"));
    String volume = ok(docker("inspect", "--format", "{{range .Mounts}}{{.Name}}{{end}}", name)).stdout().trim();
    assertThat(volume).matches("[0-9a-f]{64}");
    assertThat(ok(docker("volume", "ls", "-q")).stdout()).contains(volume);
    ok(docker("rm", "-v", name));
    assertThat(ok(docker("volume", "ls", "-q")).stdout()).doesNotContain(volume);
  }

  /**
   * {@code --volumes-from}: the backup pattern (a throw-away container archives another's volume
   * into a bind), {@code :ro}, and a missing source refused with nothing made.
   */
  @Test
  void volumesFromSharesTheMountsOfAnotherContainerAndTheBackupPatternWorks() throws IOException {
    String db = "vfdb" + tag;
    String vol = "vfvol" + tag;
    ok(docker("run", "--name", db, "-v", vol + ":/data", "bbvolume", "sh", "-c", "echo row1 > /data/t"));
    Path backup = Files.createDirectories(cli.dir.resolve("backup"));
    ok(docker("run", "--rm", "--volumes-from", db, "-v", backup + ":/backup", "busybox", "busybox", "tar", "cf", "/backup/b.tar", "/data"));
    CommandResult list = CommandResult.run(cli.dir, java.util.Map.of(), List.of("tar", "tf", backup.resolve("b.tar").toString()), 20);
    assertThat(list.stdout().lines().toList()).contains("data/t");
    assertThat(ok(docker("run", "--rm", "--volumes-from", db, "busybox", "ls", "/bin/busybox")).stdout())
        .as("the image VOLUME of the source comes along").contains("/bin/busybox");

    CommandResult ro = docker("run", "--rm", "--volumes-from", db + ":ro", "busybox", "sh", "-c", "cat /data/t; echo x > /data/u; echo rc=$?");
    assertThat(ro.stdout()).contains("row1").contains("rc=1");
    ok(docker("create", "--name", "vfuser" + tag, "--volumes-from", db + ":ro", "busybox", "true"));
    assertThat(ok(docker("inspect", "--format", "{{json .HostConfig.VolumesFrom}} {{range .Mounts}}{{.Destination}}={{.RW}} {{end}}",
        "vfuser" + tag)).stdout().trim()).startsWith("[\"" + db + ":ro\"]").contains("/data=false").contains("/bin=false");

    String volumesBefore = ok(docker("volume", "ls", "-q")).stdout();
    CommandResult missing = docker("run", "--name", "vfmiss" + tag, "--volumes-from", "nosuch" + tag, "-v", "vfnew" + tag + ":/x", "busybox", "true");
    assertThat(missing.exitCode()).isEqualTo(125);
    assertThat(missing.stderr()).contains("No such container: nosuch" + tag);
    assertThat(docker("inspect", "vfmiss" + tag).exitCode()).isEqualTo(1);
    assertThat(ok(docker("volume", "ls", "-q")).stdout()).isEqualTo(volumesBefore);

    String anonymous = ok(docker("inspect", "--format", "{{range .Mounts}}{{if eq .Destination \"/bin\"}}{{.Name}}{{end}}{{end}}", db)).stdout().trim();
    ok(docker("rm", "-v", db));
    assertThat(ok(docker("volume", "ls", "-q")).stdout()).as("an anonymous volume another container uses is kept").contains(anonymous);
    ok(docker("volume", "rm", vol)); // as dockerd: a named volume only a never-started --volumes-from user has is not in use
    ok(docker("rm", "-v", "vfuser" + tag));
    assertThat(ok(docker("volume", "ls", "-q")).stdout()).as("the anonymous volume went with its last user").doesNotContain(anonymous);
    assertNothingLeft();
  }

  /**
   * {@code --link} on the default bridge: the target by alias, hostname and name in /etc/hosts, its
   * address, ports and env as {@code DB_*} variables (also in an exec); a stopped target fails the start.
   */
  @Test
  void aLinkOnTheDefaultBridgeReachesTheTargetByItsAliasAndAStoppedTargetFailsTheStart() {
    String target = "lktgt" + tag;
    ok(docker("run", "-d", "--name", target, "-e", "SECRET=s3", "--expose", "5432", "busybox", "sleep", "60"));
    String ip = ok(docker("inspect", "--format", "{{.NetworkSettings.IPAddress}}", target)).stdout().trim();
    String shortId = ok(docker("inspect", "--format", "{{.Id}}", target)).stdout().trim().substring(0, 12);
    CommandResult linked = ok(docker("run", "--rm", "--link", target + ":db", "busybox", "sh", "-c",
        "grep -v localhost /etc/hosts; busybox ping -c 1 -W 2 db"));
    assertThat(linked.stdout()).contains(ip + "\tdb " + shortId + " " + target + "\n").contains("1 packets received");
    String name = "lkenv" + tag;
    ok(docker("run", "-d", "--name", name, "--link", target + ":db", "-e", "DB_ENV_SECRET=mine", "busybox", "sleep", "60"));
    for (String env : List.of(ok(docker("exec", name, "cat", "/proc/1/environ")).stdout().replace('\0', '\n'), ok(docker("exec", name, "env")).stdout())) {
      assertThat(env.lines()).contains("DB_NAME=/" + name + "/db", "DB_PORT=tcp://" + ip + ":5432", "DB_PORT_5432_TCP=tcp://" + ip + ":5432",
          "DB_PORT_5432_TCP_ADDR=" + ip, "DB_PORT_5432_TCP_PORT=5432", "DB_PORT_5432_TCP_PROTO=tcp", "DB_ENV_SECRET=mine")
          .noneMatch(l -> l.startsWith("DB_ENV_PATH=") || l.startsWith("DB_ENV_SECRET=s3"));
    }
    ok(docker("rm", "-f", name));

    ok(docker("create", "--name", "lkstopped" + tag, "busybox", "true"));
    CommandResult stopped = docker("run", "--name", "lkuser" + tag, "--link", "lkstopped" + tag + ":x", "busybox", "true");
    assertThat(stopped.exitCode()).isEqualTo(125);
    assertThat(stopped.stderr()).contains("Cannot link to a non running container: /lkstopped" + tag + " AS /lkuser" + tag + "/x");
    CommandResult missing = docker("run", "--name", "lkmiss" + tag, "--link", "nosuch" + tag, "busybox", "true");
    assertThat(missing.stderr()).contains("could not get container for nosuch" + tag + ": No such container: nosuch" + tag);
    assertThat(docker("inspect", "lkmiss" + tag).exitCode()).isEqualTo(1);
    ok(docker("rm", "-f", "lkuser" + tag, "lkstopped" + tag, target));
    assertNothingLeft();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      return s.getLocalPort();
    }
  }

  /** A bounded retry: the httpd in the container may take a moment to listen. */
  private static String httpGet(int port, String path) throws Exception {
    IOException last = null;
    for (int i = 0; i < 50; i++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        s.setSoTimeout(3000);
        s.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = s.getInputStream();
        String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (reply.startsWith("HTTP/1.")) {
          return reply;
        }
      } catch (IOException e) {
        last = e;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no HTTP answer on 127.0.0.1:" + port, last);
  }

  private static boolean connects(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Interfaces enslaved to this daemon's default bridge. */
  private static List<String> veths() {
    CommandResult r = CommandResult.run(cli.dir, java.util.Map.of(), List.of("ip", "-o", "link", "show", "master", bridge), 20);
    return r.stdout().lines().filter(l -> !l.isBlank()).toList();
  }

  private static void assertNothingLeft() {
    assertThat(veths()).as("veths on %s", bridge).isEmpty();
    Path netns = cli.dir.resolve("daemon/exec/netns");
    if (Files.isDirectory(netns)) {
      try (Stream<Path> files = Files.list(netns)) {
        assertThat(files.toList()).as("network namespaces").isEmpty();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    try {
      String mountinfo = Files.readString(Path.of("/proc/self/mountinfo"));
      assertThat(mountinfo.lines().filter(l -> l.contains(cli.dir.toString())).toList()).as("mounts under the test dir").isEmpty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
