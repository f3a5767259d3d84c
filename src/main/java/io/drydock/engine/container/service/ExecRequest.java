package io.drydock.engine.container.service;

import java.util.List;

/**
 * {@code POST /containers/{id}/exec} in the engine's terms. {@code detachKeys} is kept for the API
 * edge that watches the attached client's input for it at start (empty: the default).
 */
public record ExecRequest(List<String> cmd, List<String> env, String user, String workingDir, boolean tty, boolean attachStdin,
    boolean attachStdout, boolean attachStderr, boolean privileged, String detachKeys) {
  public ExecRequest {
    cmd = List.copyOf(cmd == null ? List.of() : cmd);
    env = List.copyOf(env == null ? List.of() : env);
    user = user == null ? "" : user;
    workingDir = workingDir == null ? "" : workingDir;
    detachKeys = detachKeys == null ? "" : detachKeys;
  }
}
