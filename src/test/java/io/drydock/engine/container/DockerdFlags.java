package io.drydock.engine.container;

import io.drydock.common.ErrorKind;
import java.util.Optional;

/**
 * An oracle written independently of {@link ContainerLifecycle}: dockerd 20.10's own flags
 * (Running, Paused, Restarting, RemovalInProgress, Dead, started-before) and the order in which its
 * operations check them, transcribed from daemon/start.go, stop.go, kill.go, pause.go,
 * unpause.go, restart.go, delete.go, exec.go and attach.go. The stateful property runs both side by side.
 */
final class DockerdFlags {
  boolean running;
  boolean paused;
  boolean restarting;
  boolean removal;
  boolean dead;
  boolean startedBefore;
  boolean gone;

  /** dockerd's {@code State.StateString()}. */
  String stateString() {
    if (running) {
      return paused ? "paused" : restarting ? "restarting" : "running";
    }
    if (removal) {
      return "removing";
    }
    if (dead) {
      return "dead";
    }
    return startedBefore ? "exited" : "created";
  }

  boolean hasTask() {
    return running && !restarting;
  }

  /** The refusal dockerd gives for {@code verb}, or empty when it proceeds. */
  Optional<ErrorKind> refusal(String verb, boolean force) {
    switch (verb) {
      case "start":
        if (paused) {
          return conflict(true);
        }
        if (running) {
          return Optional.of(ErrorKind.NOT_MODIFIED);
        }
        return conflict(removal || dead);
      case "stop":
        return running ? Optional.empty() : Optional.of(ErrorKind.NOT_MODIFIED);
      case "kill":
        return conflict(!running);
      case "pause":
        return conflict(!running || paused || restarting);
      case "unpause":
        return conflict(!paused);
      case "restart":
        return conflict(removal || dead);
      case "remove":
        return conflict(removal || (!force && running));
      case "exec":
        return conflict(!running || paused || restarting);
      case "rename":
        return conflict(removal);
      case "attach":
        return conflict(paused || restarting);
      default:
        throw new IllegalArgumentException(verb);
    }
  }

  private static Optional<ErrorKind> conflict(boolean refused) {
    return refused ? Optional.of(ErrorKind.CONFLICT) : Optional.empty();
  }

  void taskStarted() {
    running = true;
    paused = false;
    restarting = false;
    startedBefore = true;
  }

  void taskEnded() {
    running = false;
    paused = false;
    restarting = false;
  }
}
