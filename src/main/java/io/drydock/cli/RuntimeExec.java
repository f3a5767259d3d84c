package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.runtime.ExecOptions;
import io.drydock.runtime.HelperSession;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exec ID [ARGS...]}: run one more process in a running container; exit code is its own
 * (0 once it runs with --detach). A terminal in the foreground is relayed to this command's stdio.
 */
@Command(name = "exec", description = "Run a process in a running container.")
final class RuntimeExec extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Parameters(index = "1..*", paramLabel = "ARGS") List<String> args = new ArrayList<>();

  @Option(names = {"--process", "-p"}, description = "process.json describing the process.")
  Path processJson;

  @Option(names = "--cwd", description = "Working directory inside the container.")
  String cwd = "/";

  @Option(names = {"--env", "-e"}, description = "Environment variable (KEY=VALUE), repeatable.")
  List<String> env = new ArrayList<>();

  @Option(names = {"--user", "-u"}, description = "UID[:GID].")
  String user = "0:0";

  @Option(names = {"--tty", "-t"}, description = "Allocate a pseudo-TTY.")
  boolean tty;

  @Option(names = {"--detach", "-d"}, description = "Return once the process runs.")
  boolean detach;

  @Option(names = "--console-socket", description = "Unix socket that receives the pty master (with --detach).")
  Path consoleSocket;

  @Option(names = "--pid-file", description = "Write the process's pid to this file.")
  Path pidFile;

  @Override
  int run() {
    Process process = process();
    boolean terminal = Boolean.TRUE.equals(process.terminal());
    RuntimeTerminal.check(terminal, detach, consoleSocket);
    Optional<RuntimeTerminal.Relay> relay = RuntimeTerminal.Relay.startIf(terminal && !detach);
    try {
      Path socket = relay.map(RuntimeTerminal.Relay::socket).orElse(consoleSocket);
      int code = runtime().exec(id(id), process, new ExecOptions(HelperSession.Stdio.inherit(),
          Optional.ofNullable(socket).map(Path::toAbsolutePath), detach,
          Optional.ofNullable(pidFile).map(Path::toAbsolutePath)));
      relay.ifPresent(RuntimeTerminal.Relay::drain);
      return code;
    } finally {
      relay.ifPresent(RuntimeTerminal.Relay::close);
    }
  }

  private Process process() {
    if (processJson != null) {
      try {
        Process p = SpecCodec.mapper().readValue(Files.readString(processJson), Process.class);
        return tty ? withTerminal(p) : p;
      } catch (IOException e) {
        throw new DrydockException.InvalidArgument("process.json: " + e.getMessage(), e);
      }
    }
    if (args.isEmpty()) {
      throw new DrydockException.InvalidArgument("exec: no command given (pass ARGS or --process)");
    }
    String[] ids = user.split(":");
    try {
      long uid = Long.parseLong(ids[0]);
      long gid = ids.length > 1 ? Long.parseLong(ids[1]) : 0;
      List<String> environment = new ArrayList<>(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
      environment.addAll(env);
      return new Process(tty, null, new User(uid, gid, null, null, null, null), args, null, environment, cwd,
          null, null, null, null, null, null, null);
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("--user: expected UID[:GID], got " + user);
    }
  }

  private static Process withTerminal(Process p) {
    return new Process(true, p.consoleSize(), p.user(), p.args(), p.commandLine(), p.env(), p.cwd(), p.capabilities(),
        p.rlimits(), p.noNewPrivileges(), p.apparmorProfile(), p.oomScoreAdj(), p.selinuxLabel(), p.unknown());
  }
}
