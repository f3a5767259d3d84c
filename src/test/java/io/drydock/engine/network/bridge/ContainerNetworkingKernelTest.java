package io.drydock.engine.network.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.BridgeOptions;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.network.EndpointRecord;
import io.drydock.engine.network.IpamPool;
import io.drydock.engine.network.NetworkCreate;
import io.drydock.engine.network.NetworkMode;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.engine.network.NetworkDefaults;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.Sandbox;
import io.drydock.engine.network.dns.DnsCodec;
import io.drydock.engine.network.dns.DnsMessage;
import io.drydock.engine.network.dns.DnsQuestion;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.ipam.Subnet;
import io.drydock.engine.network.port.PortAllocator;
import io.drydock.engine.network.port.PortMapping;
import io.drydock.engine.network.port.PortRequest;
import io.drydock.engine.network.port.Protocol;
import io.drydock.engine.network.proxy.PortPublisher;
import io.drydock.os.NetnsCalls;
import java.net.InetSocketAddress;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import io.drydock.engine.network.ipam.SubnetPool;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real namespaces, bridges and veths. Subnets 10.213.7x.0/24 exist only on bridges and in
 * namespaces this test creates; every one of them is removed in {@link #cleanUp}, also on failure.
 */
@KernelTest
class ContainerNetworkingKernelTest {
  @TempDir Path dir;
  private final IpCommand ip = new IpCommand();
  private Networks networks;
  private ContainerNetworking containers;
  private final List<String> started = Collections.synchronizedList(new ArrayList<>());
  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void setUp() {
    Requirements.require("kernel", Files.isExecutable(Path.of("/usr/bin/busybox")) ? Optional.empty() : Optional.of("needs busybox-static"));
    networks = new Networks(dir.resolve("network"), new EventBus(), Clock.systemUTC(), new BridgeDriver(ip),
        NetworkDefaults.of(SubnetPool.dockerDefaults(), Subnet.parse("10.213.79.0/24")));
    containers = new ContainerNetworking(networks, new NetnsFiles(dir.resolve("netns")), new PortPublisher(new PortAllocator(41000, 41999)));
  }

  @AfterEach
  void cleanUp() {
    for (String c : List.copyOf(started)) {
      try {
        containers.stop(c);
      } catch (RuntimeException ignored) {
        // keep cleaning up the rest
      }
    }
    for (String n : created) {
      try {
        networks.inspect(n);
        networks.endpoints(networks.inspect(n).id()).forEach(e -> networks.detach(n, e.containerId()));
        networks.remove(n);
      } catch (RuntimeException ignored) {
        // already gone
      }
    }
  }

  private NetworkRecord network(String name, String subnet) {
    NetworkRecord r = networks.create(new NetworkCreate(name, "bridge", false, false, true, Map.of(), Map.of(), List.of(new IpamPool(subnet, "", ""))));
    created.add(name);
    return r;
  }

  private Sandbox run(String id, String network) {
    containers.attach(id, "c-" + id, NetworkMode.parse(network), List.of("alias-" + id), Optional.empty());
    started.add(id);
    return containers.start(id, NetworkMode.parse(network));
  }

  /**
   * One echo request with a one-second wait, tried three times: a link just brought up may drop
   * the very first packet while neighbours are resolved; an unreachable address fails all three.
   */
  private boolean ping(Sandbox from, String address) {
    for (int attempt = 0; attempt < 3; attempt++) {
      Path ns = from.netnsPath().orElseThrow();
      int exit = NetnsCalls.callIn(ns, () -> new ProcessBuilder("busybox", "ping", "-c1", "-W1", address)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor());
      if (exit == 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code ip args...} inside a sandbox, as the driver runs it there: from a thread that entered it. */
  private String ipIn(Path netns, String... args) {
    return NetnsCalls.callIn(netns, () -> ip.ip(args));
  }

  private String ipOf(String net, String container) {
    return networks.endpoints(networks.inspect(net).id()).stream().filter(e -> e.containerId().equals(container)).findFirst().orElseThrow().ipv4();
  }

  @Test
  void sandboxesOnOneNetworkReachEachOtherButNotAnotherNetwork() throws Exception {
    NetworkRecord n1 = network("ddk-a", "10.213.71.0/24");
    network("ddk-b", "10.213.72.0/24");
    Sandbox a = run("aaaa1", "ddk-a");
    Sandbox b = run("bbbb1", "ddk-a");
    Sandbox c = run("cccc1", "ddk-b");
    assertThat(ipIn(a.netnsPath().get(), "-o", "addr", "show", "dev", "eth0")).contains("inet " + ipOf("ddk-a", "aaaa1") + "/24");
    assertThat(ipIn(a.netnsPath().get(), "route")).contains("default via 10.213.71.1 dev eth0");
    assertThat(ping(a, ipOf("ddk-a", "bbbb1"))).isTrue();
    assertThat(ping(b, ipOf("ddk-a", "aaaa1"))).isTrue();
    assertThat(ping(c, ipOf("ddk-a", "aaaa1"))).isFalse();
    assertThat(ping(a, ipOf("ddk-b", "cccc1"))).isFalse();
    EtcFiles.Paths etc = containers.etcFiles("aaaa1", "aaaa1", dir.resolve("etc-a"), Path.of("/etc/resolv.conf"));
    assertThat(Files.readString(etc.hosts())).endsWith(ipOf("ddk-a", "aaaa1") + "\taaaa1\n"); // its aliases are the embedded DNS's, as dockerd's
    assertThat(Files.readString(etc.resolvConf())).startsWith("nameserver 127.0.0.11\n");
    assertThat(Files.readString(etc.hostname())).isEqualTo("aaaa1\n");
    assertThat(ip.linkExists(n1.bridgeName())).isTrue();
  }

  @Test
  void bridgeOptionsNameTheBridgeSetTheMtuAndStopTrafficBetweenContainers() throws Exception {
    NetworkRecord n = networks.create(new NetworkCreate("ddk-opts", "bridge", false, false, true, Map.of(),
        Map.of(BridgeOptions.NAME, "ddk-optbr", BridgeOptions.MTU, "1400", BridgeOptions.ICC, "false"),
        List.of(new IpamPool("10.213.82.0/24", "", ""))));
    created.add("ddk-opts");
    assertThat(n.bridgeName()).isEqualTo("ddk-optbr");
    Sandbox a = run("oooo1", "ddk-opts");
    Sandbox b = run("pppp1", "ddk-opts");
    assertThat(ipIn(a.netnsPath().get(), "-o", "addr", "show", "dev", "eth0"))
        .contains("inet " + ipOf("ddk-opts", "oooo1") + "/24 brd 10.213.82.255 scope global eth0");
    assertThat(ipIn(a.netnsPath().get(), "-o", "link", "show", "dev", "eth0")).contains("mtu 1400");
    assertThat(ip.ip("-o", "link", "show", "dev", "ddk-optbr")).contains("mtu 1400");
    assertThat(ping(a, "10.213.82.1")).isTrue();
    assertThat(ping(a, ipOf("ddk-opts", "pppp1"))).isFalse();
    assertThat(ping(b, ipOf("ddk-opts", "oooo1"))).isFalse();
    containers.stop("oooo1");
    containers.stop("pppp1");
    networks.detach("ddk-opts", "oooo1");
    networks.detach("ddk-opts", "pppp1");
    networks.remove("ddk-opts");
    assertThat(ip.linkExists("ddk-optbr")).isFalse();
  }

  @Test
  void aBridgeNameTakenByAnotherKindOfInterfaceIsRefused() {
    assertThatThrownBy(() -> networks.create(new NetworkCreate("ddk-lo", "bridge", false, false, true, Map.of(),
        Map.of(BridgeOptions.NAME, "lo"), List.of())))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("existing interface lo is not a bridge");
    assertThat(networks.exists("ddk-lo")).isFalse();
  }

  @Test
  void theEmbeddedDnsAnswersNamesOfTheNetworkAndRefusesOthers() throws Exception {
    network("ddk-dns", "10.213.75.0/24");
    network("ddk-dns2", "10.213.76.0/24");
    Sandbox a = run("hhhh1", "ddk-dns");
    run("iiii1", "ddk-dns");
    run("jjjj1", "ddk-dns2");
    DnsMessage byName = query(a, "c-iiii1");
    assertThat(byName.rcode()).isEqualTo(DnsMessage.RCODE_NOERROR);
    assertThat(byName.answers()).extracting(r -> Ipv4.ofBytes(r.data()).toString()).containsExactly(ipOf("ddk-dns", "iiii1"));
    assertThat(query(a, "ALIAS-iiii1").answers()).hasSize(1);
    assertThat(query(a, "c-jjjj1").rcode()).isEqualTo(DnsMessage.RCODE_REFUSED);
    assertThat(query(a, "example.com").rcode()).isEqualTo(DnsMessage.RCODE_REFUSED);
    containers.stop("hhhh1");
    started.remove("hhhh1");
    assertThat(a.netnsPath().get()).doesNotExist();
  }

  private static DnsMessage query(Sandbox from, String name) {
    byte[] q = DnsCodec.encode(new DnsMessage(4242, 0x0100, List.of(new DnsQuestion(name, DnsMessage.TYPE_A, DnsMessage.CLASS_IN)), List.of(), List.of(), List.of()));
    return NetnsCalls.callIn(from.netnsPath().orElseThrow(), () -> {
      try (DatagramSocket socket = new DatagramSocket()) {
        socket.setSoTimeout(3000);
        socket.send(new DatagramPacket(q, q.length, new InetSocketAddress("127.0.0.11", 53)));
        DatagramPacket reply = new DatagramPacket(new byte[1500], 1500);
        socket.receive(reply);
        return DnsCodec.decode(Arrays.copyOf(reply.getData(), reply.getLength())).orElseThrow();
      }
    });
  }

  @Test
  void aTcpAndAUdpServerInTheSandboxAnswerThroughTheProxyOnLoopback() throws Exception {
    network("ddk-pub", "10.213.77.0/24");
    Sandbox a = run("kkkk1", "ddk-pub");
    Path ns = a.netnsPath().orElseThrow();
    try (ServerSocket tcp = NetnsCalls.callIn(ns, () -> new ServerSocket(8080));
        DatagramSocket udp = NetnsCalls.callIn(ns, () -> new DatagramSocket(5353))) {
      Thread server = new Thread(() -> serveOnce(tcp, udp));
      server.setDaemon(true);
      server.start();
      Ipv4 loopback = Ipv4.parse("127.0.0.1");
      List<PortMapping> published = containers.publish("kkkk1", List.of(
          new PortRequest(Protocol.TCP, 8080, loopback, 0, 0), new PortRequest(Protocol.UDP, 5353, loopback, 0, 0)));
      int tcpPort = published.get(0).hostPort();
      try (Socket s = new Socket("127.0.0.1", tcpPort)) {
        s.setSoTimeout(5000);
        assertThat(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello from the sandbox");
      }
      try (DatagramSocket client = new DatagramSocket()) {
        client.setSoTimeout(5000);
        client.send(new DatagramPacket(new byte[] {'p', 'i', 'n', 'g'}, 4, new InetSocketAddress("127.0.0.1", published.get(1).hostPort())));
        DatagramPacket reply = new DatagramPacket(new byte[100], 100);
        client.receive(reply);
        assertThat(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8)).isEqualTo("pong:ping");
      }
      assertThatThrownBy(() -> containers.publish("kkkk1", List.of(
          new PortRequest(Protocol.TCP, 9000, loopback, 41500, 41500), new PortRequest(Protocol.TCP, 9001, loopback, tcpPort, tcpPort))))
          .hasMessage("Bind for 127.0.0.1:" + tcpPort + " failed: port is already allocated");
      assertThat(containers.published("kkkk1")).hasSize(2);
      try (ServerSocket free = new ServerSocket()) {
        free.bind(new InetSocketAddress("127.0.0.1", 41500));
      }
      containers.stop("kkkk1");
      started.remove("kkkk1");
      try (ServerSocket again = new ServerSocket()) {
        again.bind(new InetSocketAddress("127.0.0.1", tcpPort));
      }
    }
  }

  private static void serveOnce(ServerSocket tcp, DatagramSocket udp) {
    try {
      try (Socket c = tcp.accept()) {
        c.getOutputStream().write("hello from the sandbox".getBytes(StandardCharsets.UTF_8));
      }
      DatagramPacket p = new DatagramPacket(new byte[100], 100);
      udp.receive(p);
      byte[] reply = ("pong:" + new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      udp.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
    } catch (java.io.IOException e) {
      // the test's assertions report what went missing
    }
  }

  @Test
  void aRunningContainerIsConnectedAndDisconnectedLive() throws Exception {
    network("ddk-live1", "10.213.78.0/24");
    NetworkRecord second = network("ddk-live2", "10.213.80.0/24");
    networks.containersFrom(ref -> ref.startsWith("llll") ? Optional.of(new io.drydock.engine.network.ContainerLookup.ContainerRef("llll1", "c-llll1")) : Optional.empty());
    Sandbox a = run("llll1", "ddk-live1");
    Sandbox b = run("mmmm1", "ddk-live2");
    assertThat(ping(a, ipOf("ddk-live2", "mmmm1"))).isFalse();
    networks.connect("ddk-live2", "llll", List.of("late"), Optional.of(Ipv4.parse("10.213.80.77")));
    assertThat(ipIn(a.netnsPath().get(), "-o", "addr", "show", "dev", "eth1")).contains("inet 10.213.80.77/24");
    assertThat(ping(a, ipOf("ddk-live2", "mmmm1"))).isTrue();
    assertThat(ping(b, "10.213.80.77")).isTrue();
    networks.disconnect("ddk-live2", "llll1");
    assertThat(ipIn(a.netnsPath().get(), "-o", "link")).doesNotContain("eth1");
    assertThat(networks.endpoints(second.id())).extracting(EndpointRecord::containerId).containsExactly("mmmm1");
    assertThatThrownBy(() -> networks.connect("ddk-live2", "nosuch", List.of(), Optional.empty())).hasMessage("No such container: nosuch");
  }

  @Test
  void stopAndRemoveLeaveNothingBehind() throws Exception {
    NetworkRecord n = network("ddk-c", "10.213.73.0/24");
    Sandbox a = run("dddd1", "ddk-c");
    Path file = a.netnsPath().orElseThrow();
    assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).contains(file.toString());
    assertThatThrownBy(() -> networks.remove("ddk-c")).hasMessageContaining("has active endpoints");
    containers.stop("dddd1");
    started.remove("dddd1");
    containers.detach("dddd1");
    networks.remove("ddk-c");
    created.remove("ddk-c");
    assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(file.toString());
    assertThat(file).doesNotExist();
    String links = ip.ip("-o", "link");
    assertThat(links).doesNotContain(n.bridgeName()).doesNotContain("dd" + "dddd1");
  }

  @Test
  void noneLeavesTheNamespaceToTheRuntimeAndHostHasNoNamespace() throws Exception {
    Sandbox none = run("eeee1", "none");
    assertThat(none.netnsPath()).isEmpty();
    assertThat(none.owned()).isTrue();
    assertThat(dir.resolve("netns").resolve("eeee1")).doesNotExist();
    Sandbox host = run("ffff1", "host");
    assertThat(host.netnsPath()).isEmpty();
    assertThat(host.owned()).isFalse();
    // the runtime's part, played by unshare: a process in a new network namespace, loopback up
    Process init = new ProcessBuilder("unshare", "--net", "sh", "-c", "ip link set lo up && exec sleep 30").start();
    try {
      Path ns = Path.of("/proc", Long.toString(init.pid()), "ns", "net");
      for (int i = 0; i < 100 && !ipIn(ns, "-o", "link").contains("LOOPBACK,UP"); i++) {
        Thread.sleep(20);
      }
      containers.running("eeee1", init.pid());
      assertThat(containers.sandbox("eeee1").flatMap(Sandbox::netnsPath)).contains(ns);
      assertThat(ipIn(ns, "-o", "link")).contains("lo:").doesNotContain("eth0");
      Sandbox joined = containers.start("gggg1", NetworkMode.parse("container:eeee1"));
      started.add("gggg1");
      assertThat(joined.netnsPath()).contains(ns);
      assertThat(joined.owned()).isFalse();
      containers.stop("gggg1");
      containers.stop("eeee1");
      assertThat(init.isAlive()).as("stop leaves a namespace it did not bind alone").isTrue();
      assertThat(Files.readSymbolicLink(ns)).isNotNull();
    } finally {
      init.destroyForcibly();
      init.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void noneWithABridgeEndpointGetsABoundNamespaceAtStart() throws Exception {
    network("ddk-none", "10.213.81.0/24");
    containers.attach("hhhh1", "c-hhhh1", NetworkMode.parse("none"), List.of(), Optional.empty());
    networks.attach("ddk-none", "hhhh1", "c-hhhh1", List.of(), Optional.empty());
    started.add("hhhh1");
    Sandbox none = containers.start("hhhh1", NetworkMode.parse("none"));
    assertThat(none.netnsPath()).contains(dir.resolve("netns").resolve("hhhh1"));
    assertThat(ipIn(none.netnsPath().get(), "-o", "link")).contains("lo:").contains("eth0");
    containers.stop("hhhh1");
    assertThat(dir.resolve("netns").resolve("hhhh1")).doesNotExist();
  }

  @Test
  void fiftyConcurrentSandboxesNeverShareAnAddressAndLeaveNothing() throws Exception {
    NetworkRecord n = network("ddk-load", "10.213.74.0/24");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Set<String> live = Collections.synchronizedSet(new HashSet<>());
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String id = String.format("load%02d", i);
        futures.add(pool.submit(() -> {
          run(id, "ddk-load");
          String addr = ipOf("ddk-load", id);
          if (!live.add(addr)) {
            problems.add("address " + addr + " handed out twice");
          }
          containers.stop(id);
          started.remove(id);
          live.remove(addr);
          containers.detach(id);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
    assertThat(problems).isEmpty();
    assertThat(networks.endpoints(n.id())).extracting(EndpointRecord::containerId).isEmpty();
    assertThat(ip.ip("-o", "link", "show", "master", n.bridgeName())).isBlank();
    try (var files = Files.list(dir.resolve("netns"))) {
      assertThat(files.toList()).isEmpty();
    }
    assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(dir.resolve("netns").toString());
  }
}
