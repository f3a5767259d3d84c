package io.drydock.supervisor.task;

import java.util.List;
import java.util.Optional;

/**
 * An extra process for a running task: Docker's exec options, in the supervisor's terms. Without
 * a {@code user} the exec runs as the container's process does (its groups too); {@code env} is
 * the exec's whole environment, empty for the container process's own.
 */
public record ExecSpec(
    String execId,
    List<String> args,
    List<String> env,
    Optional<ExecUser> user,
    Optional<String> cwd,
    boolean tty,
    boolean openStdin,
    boolean privileged) {

  /**
   * The numeric identity of an exec run as another user: names are the engine's to look up in the
   * container's files, and so are the supplementary groups, which runc sets exactly as given.
   */
  public record ExecUser(long uid, long gid, List<Long> additionalGids) {
    public ExecUser {
      additionalGids = List.copyOf(additionalGids);
    }
  }
}
