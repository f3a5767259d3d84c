package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpResult;
import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code drydock daemon} as a process: roots, PID file, sockets, listeners and shutdown. */
@ScenarioTest
class DaemonLifecycleTest {
  private Path dir;

  @BeforeEach
  void tempDir() throws IOException {
    dir = Files.createTempDirectory("drydock-daemon");
  }

  @AfterEach
  void cleanUp() {
    TestEngine.deleteTree(dir);
  }

  @Test
  void createsPrivateRootsAGroupSocketAndCleansUpOnSigterm() throws IOException {
    String group = Files.exists(Path.of("/etc/group")) && Files.readString(Path.of("/etc/group")).contains("\ndaemon:") ? "daemon" : "root";
    try (DaemonProcess d = DaemonProcess.start(dir, "--group", group)) {
      assertThat(Files.readString(d.pidfile()).trim()).isEqualTo(String.valueOf(d.pid()));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d.socket(), LinkOption.NOFOLLOW_LINKS))).isEqualTo("rw-rw----");
      assertThat(Files.getFileAttributeView(d.socket(), PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes().group().getName()).isEqualTo(group);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data")))).isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("exec")))).isEqualTo("rwx------");
      int code = d.stop();
      assertThat(code).as("exit status after SIGTERM (128+15), not a SIGKILL: %s", d.log()).isEqualTo(143);
      assertThat(d.socket()).doesNotExist();
      assertThat(d.pidfile()).doesNotExist();
      assertThat(d.log()).contains("shutting down");
    }
  }

  @Test
  void refusesToStartWhileThePidfileNamesALiveProcess() throws Exception {
    Files.createDirectories(dir);
    Path pidfile = dir.resolve("drydock.pid");
    Files.writeString(pidfile, ProcessHandle.current().pid() + "\n");
    try (DaemonProcess d = DaemonProcess.launch(dir)) {
      assertThat(d.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(d.process().exitValue()).isEqualTo(1);
      assertThat(d.log()).contains("pid file found, ensure drydock is not running or delete " + pidfile);
      assertThat(Files.readString(pidfile).trim()).as("the other process's pid file is untouched").isEqualTo(String.valueOf(ProcessHandle.current().pid()));
      assertThat(d.socket()).doesNotExist();
    }
  }

  @Test
  void replacesAStalePidfileAndAStaleSocket() throws Exception {
    Files.createDirectories(dir);
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor(10, TimeUnit.SECONDS);
    Files.writeString(dir.resolve("drydock.pid"), gone.pid() + "\n");
    try (ServerSocketChannel stale = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      stale.bind(UnixDomainSocketAddress.of(dir.resolve("drydock.sock")));
    }
    assertThat(dir.resolve("drydock.sock")).exists();
    try (DaemonProcess d = DaemonProcess.start(dir)) {
      assertThat(new EngineClient(d.dockerHost()).request("GET", "/_ping").text()).isEqualTo("OK");
      assertThat(Files.readString(d.pidfile()).trim()).isEqualTo(String.valueOf(d.pid()));
    }
  }

  @Test
  void refusesAPathThatIsNotASocket() throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("drydock.sock"), "precious");
    try (DaemonProcess d = DaemonProcess.launch(dir)) {
      assertThat(d.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(d.process().exitValue()).isEqualTo(1);
      assertThat(d.log()).contains("exists and is not a socket");
      assertThat(Files.readString(dir.resolve("drydock.sock"))).isEqualTo("precious");
      assertThat(d.pidfile()).as("a failed start removes its pid file").doesNotExist();
    }
  }

  @Test
  void servesSeveralHostsIncludingLoopbackTcp() throws Exception {
    int port = freePort();
    try (DaemonProcess d = DaemonProcess.start(dir, "-H", "unix://" + dir.resolve("drydock.sock"), "-H", "tcp://127.0.0.1:" + port)) {
      assertThat(new EngineClient(d.dockerHost()).request("GET", "/_ping").text()).isEqualTo("OK");
      HttpResult tcp = new EngineClient("tcp://127.0.0.1:" + port).request("GET", "/v1.41/version");
      assertThat(tcp.head().status()).isEqualTo(200);
      assertThat(tcp.json().path("ApiVersion").asText()).isEqualTo("1.41");
    }
  }

  @Test
  void refusesPlainTcpOnANonLoopbackAddress() throws Exception {
    try (DaemonProcess d = DaemonProcess.launch(dir, "-H", "tcp://0.0.0.0:" + freePort())) {
      assertThat(d.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(d.process().exitValue()).isEqualTo(1);
      assertThat(d.log()).contains("refusing to listen on tcp://0.0.0.0:").contains("--tlsverify");
      assertThat(d.pidfile()).doesNotExist();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
