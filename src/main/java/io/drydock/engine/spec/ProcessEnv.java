package io.drydock.engine.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The environment dockerd gives a container's process and each exec ({@code
 * CreateDaemonEnvironment}): {@code PATH} (the default), {@code HOSTNAME} and, for a tty process,
 * {@code TERM=xterm} first, then a legacy link's variables, then the container's {@code Config.Env} and an exec's own {@code Env}
 * laid over them by key ({@link EnvMerge}: a key already there keeps its place). {@code HOME} comes
 * last when nothing set it, as runc adds it: the user's passwd entry, else {@code /}. Pure.
 */
public final class ProcessEnv {
  public static final String DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private ProcessEnv() {}

  /** The environment of a process started with {@code tty} in a container with {@code containerEnv}, plus {@code ownEnv} (an exec's). */
  public static List<String> of(String hostname, boolean tty, List<String> containerEnv, List<String> ownEnv, String home) {
    return of(hostname, tty, List.of(), containerEnv, ownEnv, home);
  }

  /** As {@link #of(String, boolean, List, List, String)}, with the variables of the container's links ({@code linkEnv}) after the daemon's own. */
  public static List<String> of(String hostname, boolean tty, List<String> linkEnv, List<String> containerEnv, List<String> ownEnv, String home) {
    List<String> daemon = new ArrayList<>(List.of(DEFAULT_PATH, "HOSTNAME=" + hostname));
    if (tty) {
      daemon.add("TERM=xterm");
    }
    daemon.addAll(linkEnv);
    List<String> env = EnvMerge.merge(EnvMerge.merge(daemon, containerEnv), ownEnv);
    if (env.stream().noneMatch(e -> e.startsWith("HOME="))) {
      env.add("HOME=" + (home == null || home.isEmpty() ? "/" : home));
    }
    return env;
  }
}
