package io.drydock.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.drydock.api.server.ListenAddress;
import io.drydock.api.server.ListenPolicy;
import io.drydock.api.server.ServerConfig;
import io.drydock.api.server.TlsFiles;
import io.drydock.common.DrydockException;
import java.nio.file.Path;
import io.drydock.engine.spec.LogSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drydock daemon}: the Engine API server, with dockerd's flag names. Runs until SIGTERM or
 * SIGINT, then closes the listeners and removes the sockets and the PID file. Exits 1 with a
 * one-line reason when it cannot start.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true, description = "Run the engine and serve the Docker Engine API.")
final class DaemonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-H", "--host"}, description = "Socket(s) to listen on: unix:///path, tcp://127.0.0.1:2375 (default unix:///run/drydock.sock).")
  List<String> hosts = List.of();

  @Option(names = "--data-root", description = "Root directory of persistent state (default /var/lib/drydock).")
  Path dataRoot = Path.of("/var/lib/drydock");

  @Option(names = "--exec-root", description = "Root directory of execution state (default /run/drydock).")
  Path execRoot = Path.of("/run/drydock");

  @Option(names = {"-p", "--pidfile"}, description = "Path of the daemon's PID file (default /run/drydock.pid).")
  Path pidfile = Path.of("/run/drydock.pid");

  @Option(names = {"-l", "--log-level"}, description = "debug, info, warn, error, fatal (default info).")
  String logLevel = "info";

  @Option(names = {"-G", "--group"}, description = "Group owning the unix sockets (mode 0660); default: root's group.")
  String group;

  @Option(names = "--tlsverify", description = "Require mutual TLS on TCP listeners.")
  boolean tlsVerify;

  @Option(names = "--tlscacert", description = "CA certificate (PEM) that client certificates must chain to.")
  Path tlsCaCert;

  @Option(names = "--tlscert", description = "Server certificate (PEM).")
  Path tlsCert;

  @Option(names = "--tlskey", description = "Server private key (PEM, PKCS#8).")
  Path tlsKey;

  @Option(names = "--max-request-body", description = "Largest request body accepted, in bytes (default 16 MiB).")
  int maxBodyBytes = ServerConfig.DEFAULT_MAX_BODY_BYTES;

  @Option(names = "--default-runtime", description = "OCI runtime for new containers (default drydock).")
  String defaultRuntime = "drydock";

  @Option(names = "--cgroup-parent", description = "Parent cgroup of all containers (default drydock).")
  String cgroupParent = "drydock";

  @Option(names = {"-b", "--bridge"}, description = "Linux bridge of the default network (default dd0).")
  String bridge = NetworkOptions.DEFAULT.bridgeName();

  @Option(names = "--bip", description = "Subnet of the default network, CIDR (default 172.17.0.0/16, or the next free one).")
  String bip = NetworkOptions.DEFAULT.bridgeSubnet().toString();

  @Option(names = "--log-driver", description = "Log driver of containers created without one: json-file, local, none (default json-file).")
  String logDriver = "json-file";

  @Option(names = "--log-opt", description = "Option of the default log driver, KEY=VALUE (repeatable), as a create's --log-opt.")
  List<String> logOpts = new java.util.ArrayList<>();

  @Option(names = "--ip", description = "Host address for published ports given without one (default 127.0.0.1).")
  String defaultBindIp = NetworkOptions.DEFAULT.defaultBindIp().toString();

  @Override
  public Integer call() {
    try {
      DaemonOptions options = options();
      setLogLevel(options.logLevel());
      runUntilSignalled(options);
      return 0;
    } catch (DrydockException e) {
      spec.commandLine().getErr().println("drydock daemon: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private DaemonOptions options() {
    Optional<TlsFiles> tls = tls();
    List<ListenAddress> listen =
        (hosts.isEmpty() ? List.of("unix://" + ListenAddress.DEFAULT_SOCKET) : hosts).stream()
            .map(h -> ListenAddress.parse(h, tls.isPresent()))
            .toList();
    ListenPolicy.check(listen, tls);
    if (maxBodyBytes <= 0) {
      throw new DrydockException.InvalidArgument("--max-request-body must be positive");
    }
    return new DaemonOptions(listen, dataRoot, execRoot, pidfile, logLevel, Optional.ofNullable(group), tls, maxBodyBytes, defaultRuntime,
        NetworkOptions.parse(bridge, bip, defaultBindIp), checkedCgroupParent(cgroupParent), logDefault(logDriver, logOpts));
  }

  /** {@code --log-driver} and {@code --log-opt}: a pair without {@code =} is a key with an empty value, as dockerd reads it. */
  static LogSettings logDefault(String driver, List<String> opts) {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    for (String o : opts) {
      int eq = o.indexOf('=');
      options.put(eq < 0 ? o : o.substring(0, eq), eq < 0 ? "" : o.substring(eq + 1));
    }
    return LogSettings.daemonDefault(driver, options);
  }

  /** A cgroup path below the hierarchies' roots: not empty, no {@code .} or {@code ..} segment. */
  static String checkedCgroupParent(String parent) {
    return io.drydock.engine.spec.CgroupParents.normalized(parent).orElseThrow(() -> new DrydockException.InvalidArgument(
        "--cgroup-parent: invalid cgroup path " + (parent == null ? "\"\"" : "\"" + parent + "\"")
            + ": give a path below the cgroup root, like drydock or /ci/drydock"));
  }

  private Optional<TlsFiles> tls() {
    if (!tlsVerify) {
      if (tlsCaCert != null || tlsCert != null || tlsKey != null) {
        throw new DrydockException.InvalidArgument("--tlscacert/--tlscert/--tlskey need --tlsverify (drydock serves TLS only with client verification)");
      }
      return Optional.empty();
    }
    if (tlsCaCert == null || tlsCert == null || tlsKey == null) {
      throw new DrydockException.InvalidArgument("--tlsverify needs --tlscacert, --tlscert and --tlskey");
    }
    return Optional.of(new TlsFiles(tlsCaCert, tlsCert, tlsKey));
  }

  /** Starts the daemon; a shutdown hook (run on SIGTERM/SIGINT) stops it; then this returns. */
  private static void runUntilSignalled(DaemonOptions options) throws InterruptedException {
    Daemon daemon = Daemon.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      daemon.close();
      stopped.countDown();
    }, "drydock-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    daemon.awaitShutdown();
    stopped.await();
  }

  static void setLogLevel(String name) {
    Level level = LogSetup.level(name)
        .orElseThrow(() -> new DrydockException.InvalidArgument("invalid log level: " + name + " (debug, info, warn, error, fatal)"));
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(level);
  }
}
