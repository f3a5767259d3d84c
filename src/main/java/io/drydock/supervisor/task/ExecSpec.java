package io.drydock.supervisor.task;

import java.util.List;
import java.util.Optional;

/** An extra process for a running task: Docker's exec options, in the supervisor's terms. */
public record ExecSpec(
    String execId,
    List<String> args,
    List<String> env,
    Optional<String> user,
    Optional<String> cwd,
    boolean tty,
    boolean openStdin,
    boolean privileged) {}
