package io.drydock.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drydock runtime}: the OCI runtime command line, with runc's verbs and global flags, so
 * that conmon, containerd's shim, podman and dockerd can drive drydock's runtime like runc.
 */
@Command(
    name = "runtime",
    mixinStandardHelpOptions = true,
    description = "OCI runtime (runc-compatible command line).",
    subcommands = {
      RuntimeCommand.Create.class,
      RuntimeCommand.Start.class,
      RuntimeCommand.State.class,
      RuntimeCommand.Kill.class,
      RuntimeCommand.Delete.class,
      RuntimeCommand.Run.class,
      RuntimeCommand.Exec.class,
      RuntimeCommand.ListVerb.class,
      RuntimeCommand.Pause.class,
      RuntimeCommand.Resume.class,
      RuntimeCommand.Ps.class,
      RuntimeCommand.Events.class,
      RuntimeCommand.Update.class,
      RuntimeCommand.Spec.class,
      RuntimeCommand.Features.class
    })
final class RuntimeCommand {
  @Option(names = "--root", description = "Root directory of container state (default /run/drydock-runtime).")
  Path root = Path.of("/run/drydock-runtime");

  @Option(names = "--log", description = "Log file (runc compatibility).")
  Path log;

  @Option(names = "--log-format", description = "text or json (runc compatibility).")
  String logFormat = "text";

  @Option(names = "--systemd-cgroup", description = "Accepted for runc compatibility; drydock uses cgroupfs.")
  boolean systemdCgroup;

  @Option(names = "--debug", description = "Verbose logging.")
  boolean debug;

  /** Base of verbs that are not built yet. */
  abstract static class Verb implements Callable<Integer> {
    @ParentCommand RuntimeCommand runtime;
    @picocli.CommandLine.Spec CommandSpec spec;

    @Override
    public Integer call() {
      return NotBuiltYet.report(spec.commandLine().getErr(), "runtime " + spec.name());
    }
  }

  @Command(name = "create", description = "Create a container from a bundle.")
  static final class Create extends Verb {}

  @Command(name = "start", description = "Start a created container.")
  static final class Start extends Verb {}

  @Command(name = "state", description = "Print the state of a container.")
  static final class State extends Verb {}

  @Command(name = "kill", description = "Send a signal to the container's init.")
  static final class Kill extends Verb {}

  @Command(name = "delete", description = "Delete a stopped container.")
  static final class Delete extends Verb {}

  @Command(name = "run", description = "Create and start a container.")
  static final class Run extends Verb {}

  @Command(name = "exec", description = "Run a process in a running container.")
  static final class Exec extends Verb {}

  @Command(name = "list", description = "List containers.")
  static final class ListVerb extends Verb {}

  @Command(name = "pause", description = "Freeze all processes of a container.")
  static final class Pause extends Verb {}

  @Command(name = "resume", description = "Thaw a paused container.")
  static final class Resume extends Verb {}

  @Command(name = "ps", description = "List the processes of a container.")
  static final class Ps extends Verb {}

  @Command(name = "events", description = "Show container events and stats.")
  static final class Events extends Verb {}

  @Command(name = "update", description = "Update a container's resource limits.")
  static final class Update extends Verb {}

  @Command(name = "spec", description = "Write a default config.json.")
  static final class Spec extends Verb {}

  @Command(name = "features", description = "Print the features this runtime supports.")
  static final class Features extends Verb {}
}
