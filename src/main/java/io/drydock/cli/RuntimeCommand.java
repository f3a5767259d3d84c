package io.drydock.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code drydock runtime}: the OCI runtime command line, with runc's verbs and global flags, so
 * that conmon, containerd's shim, podman and dockerd can drive drydock's runtime like runc. One
 * class per verb ({@code RuntimeCreate}, {@code RuntimeKill}, ...); each parses, calls the runtime
 * once and prints.
 */
@Command(
    name = "runtime",
    mixinStandardHelpOptions = true,
    description = "OCI runtime (runc-compatible command line).",
    subcommands = {
      RuntimeCreate.class,
      RuntimeStart.class,
      RuntimeState.class,
      RuntimeKill.class,
      RuntimeDelete.class,
      RuntimeRun.class,
      RuntimeExec.class,
      RuntimeList.class,
      RuntimePause.class,
      RuntimeResume.class,
      RuntimePs.class,
      RuntimeEvents.class,
      RuntimeUpdate.class,
      RuntimeSpec.class,
      RuntimeFeaturesCommand.class
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
}
