package io.drydock.cli;

import picocli.CommandLine.Command;

/** The top-level {@code drydock} command: only a list of subcommands. */
@Command(
    name = "drydock",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A Docker-compatible container engine built as a verification-focused reference.",
    subcommands = {
      DaemonCommand.class,
      RuntimeCommand.class,
      AuditCommand.class,
      ConformanceCommand.class
    })
final class DrydockCommand {}
