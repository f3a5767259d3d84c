package io.drydock.scenario;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpHead;
import io.drydock.conformance.glue.HttpResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.HostFacts;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A published container across a daemon restart: while the daemon is down the container runs on
 * and its port does not answer; the next daemon takes its namespace back and publishes the port
 * again; removing it then leaves nothing. A daemon stopped with nothing running leaves no bridge.
 */
@KernelTest
class NetworkRecoveryKernelTest {
  private final String tag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
  private final String bridge = "ddr" + tag;
  private final String bip = "10." + ThreadLocalRandom.current().nextInt(200, 250) + "." + ThreadLocalRandom.current().nextInt(1, 250) + ".0/24";
  private Path dir;
  private DaemonProcess daemon;

  @AfterEach
  void cleanUp() {
    if (daemon != null) {
      String ids = docker("ps", "-a", "-q").stdout().trim();
      if (!ids.isEmpty()) {
        List<String> args = new ArrayList<>(List.of("rm", "-f", "-v"));
        args.addAll(List.of(ids.split("\\s+")));
        docker(args.toArray(String[]::new));
      }
      daemon.close();
    }
    if (dir != null) {
      TestEngine.deleteTree(dir);
    }
  }

  private DaemonProcess startDaemon() {
    return DaemonProcess.start(dir.resolve("daemon"), "--bridge", bridge, "--bip", bip);
  }

  private CommandResult docker(String... args) {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    return CommandResult.run(dir, Map.of("DOCKER_HOST", daemon.dockerHost(), "DOCKER_CONFIG", dir.resolve("docker-config").toString()), command, 60);
  }

  private CommandResult ok(CommandResult r) {
    assertThat(r.exitCode()).as("%s\n%s", r.stdout(), r.stderr()).isZero();
    return r;
  }

  @Test
  void aPublishedContainerIsRewiredByTheNextDaemonAndLeavesNothingWhenRemoved() throws Exception {
    Requirements.require("scenario", HostFacts.onPath("docker") ? Optional.empty() : Optional.of("needs the docker CLI on PATH"));
    dir = Files.createTempDirectory("drydock-netrecovery");
    Files.createDirectories(dir.resolve("docker-config"));
    daemon = startDaemon();
    Path tar = dir.resolve("busybox.tar");
    Files.write(tar, io.drydock.conformance.glue.BusyboxImage.tar());
    ok(docker("import", tar.toString(), "busybox:latest"));
    int port;
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      port = s.getLocalPort();
    }
    ok(docker("run", "-d", "--name", "rec" + tag, "-p", "127.0.0.1:" + port + ":80", "busybox", "busybox", "httpd", "-f", "-p", "80", "-h", "/etc"));
    assertThat(answers(port)).isTrue();

    daemon.close();
    assertThat(answers(port)).as("port while the daemon is down").isFalse();
    daemon = startDaemon();
    assertThat(ok(docker("inspect", "--format", "{{.State.Status}}", "rec" + tag)).stdout().trim()).isEqualTo("running");
    assertThat(answers(port)).as("port after the daemon came back").isTrue();
    assertThat(ok(docker("port", "rec" + tag)).stdout().trim()).isEqualTo("80/tcp -> 127.0.0.1:" + port);

    ok(docker("rm", "-f", "rec" + tag));
    assertThat(answers(port)).isFalse();
    assertThat(ip("-o", "link", "show", "master", bridge)).isBlank();
    try (Stream<Path> left = Files.list(dir.resolve("daemon/exec/netns"))) {
      assertThat(left.toList()).isEmpty();
    }
    daemon.close();
    daemon = null;
    assertThat(ip("-o", "link", "show", "dev", bridge)).as("bridge after the daemon stopped").isBlank();
  }

  private String ip(String... args) {
    List<String> command = new ArrayList<>(List.of("ip"));
    command.addAll(List.of(args));
    return CommandResult.run(dir, Map.of(), command, 20).stdout();
  }

  /** Whether an HTTP GET on the port gets an answer, retried for up to five seconds. */
  private static boolean answers(int port) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        s.setSoTimeout(2000);
        s.getOutputStream().write("GET /hostname HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("HTTP/1.")) {
          return true;
        }
      } catch (IOException e) {
        // not (yet) answering
      }
      Thread.sleep(100);
    }
    return false;
  }
}
