package io.drydock.engine.container.service;

import java.util.List;

/** {@code POST /containers/{id}/exec} in the engine's terms. */
public record ExecRequest(List<String> cmd, List<String> env, String user, String workingDir, boolean tty, boolean attachStdin,
    boolean attachStdout, boolean attachStderr, boolean privileged) {
  public ExecRequest {
    cmd = List.copyOf(cmd == null ? List.of() : cmd);
    env = List.copyOf(env == null ? List.of() : env);
    user = user == null ? "" : user;
    workingDir = workingDir == null ? "" : workingDir;
  }
}
