package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerAction;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.spec.ProcessEnv;
import io.drydock.engine.spec.ResolvedUser;
import io.drydock.supervisor.task.ExecProcess;
import io.drydock.supervisor.task.ExecSpec;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exec instances: created against a running container, started once (attached or detached), their
 * exit recorded for {@code GET /exec/{id}/json}. Kept in memory, as dockerd does, for as long as
 * dockerd 20.10 answers them: an ended exec until its container is removed (through stops and
 * restarts), one never started until its container stops ({@link #heard}); a health probe's as
 * soon as it ended. So the daemon holds no exec of a container that is gone.
 */
public final class ExecService {
  /**
   * The exit code dockerd gives an exec whose start or attach failed ({@code ContainerExecStart}'s
   * deferred cleanup).
   */
  static final int FAILED_ATTACH = 126;
  /**
   * The {@code exitCode} of the {@code exec_die} event of an exec whose attach had failed: dockerd
   * has already dropped it from the container's execs then, and its exit handler reports the
   * code it uses for an exec it does not know (daemon/monitor.go), not the process's.
   */
  static final int UNKNOWN_EXEC_EXIT = 127;
  private final ServiceParts parts;
  private final Map<String, ExecState> execs = new ConcurrentHashMap<>();
  private final Map<String, ExecProcess> processes = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  ExecService(ServiceParts parts) {
    this.parts = parts;
  }

  public String create(String containerRef, ExecRequest request) {
    ContainerRecord r = parts.get(containerRef).record();
    // dockerd names a paused container as the client did, in every other refusal by its id
    r.state().check(ContainerAction.EXEC, r.status() == ContainerStatus.PAUSED ? containerRef : r.id().value());
    if (request.cmd().isEmpty()) {
      throw new DrydockException.InvalidArgument("No exec command specified");
    }
    byte[] b = new byte[32];
    random.nextBytes(b);
    String id = HexFormat.of().formatHex(b);
    execs.put(id, new ExecState(id, r.id().value(), request, false, false, 0, OptionalInt.empty()));
    parts.event(r, "exec_create: " + commandLine(request), Map.of("execID", id));
    return id;
  }

  public ExecState inspect(String id) {
    ExecState e = execs.get(id);
    if (e == null) {
      throw new DrydockException.NotFound("No such exec instance: " + id);
    }
    return e;
  }

  /** Starts the exec; output goes to {@code sink}, whose {@code ended} comes after the exit code is recorded. */
  public AttachSession start(String id, AttachSink sink) {
    ExecState e = inspect(id);
    if (e.started()) {
      throw new DrydockException.Conflict("Error: Exec command " + id + " has already run");
    }
    StoredContainer c = parts.get(e.containerId());
    ContainerRecord r = c.record();
    r.state().check(ContainerAction.EXEC, r.id().value());
    ExecRequest q = e.request();
    String user = q.user().isEmpty() ? r.config().user() : q.user();
    String cwd = q.workingDir().isEmpty() ? r.config().workingDir() : q.workingDir();
    // As dockerd: exec_start is logged before the process is asked for; one that cannot start
    // (no such command, no such user) ends the exec with 126 and logs no exec_die.
    parts.event(r, "exec_start: " + commandLine(q), Map.of("execID", id));
    ExecProcess p;
    try {
      ResolvedUser u = UserLookup.resolve(user, c.host().groupAdd(), parts.files.rootfs(r.id()));
      ExecSpec spec = new ExecSpec(id, q.cmd(), env(r, q, u), execUser(user, u),
          cwd.isEmpty() ? Optional.of("/") : Optional.of(cwd), q.tty(), q.attachStdin(), q.privileged());
      p = runtimeExec(r, spec, sink);
    } catch (RuntimeException ex) {
      execs.put(id, e.startedWith(0).exited(FAILED_ATTACH));
      throw ex;
    }
    processes.put(id, p);
    execs.put(id, e.startedWith(p.pid()));
    AttachSession session = new AttachSession(sink, q.attachStdin(), () -> { }, () -> failedAttach(id));
    session.bind(p.attachment());
    p.exited().whenComplete((exit, error) -> {
      int code = exit == null ? 126 : exit.exitCode();
      p.attachment().awaitExit(Duration.ofSeconds(5));
      int reported = recordExit(id, code);
      processes.remove(id);
      parts.event(r, "exec_die", Map.of("execID", id, "exitCode", Integer.toString(reported)));
      session.runEnded();
    });
    return session;
  }

  /** The exec's process from the runtime; its refusal (no such command, a cwd that is no directory) in dockerd's words. */
  private ExecProcess runtimeExec(ContainerRecord r, ExecSpec spec, AttachSink sink) {
    try {
      return parts.tasks().exec(ServiceParts.taskId(r.id()), spec, o -> sink.output(StdStream.valueOf(o.stream().name()), o.data()));
    } catch (DrydockException.InvalidArgument refused) {
      throw new DrydockException.InvalidArgument(RuntimeFailureText.exec(StartOperation.goErrno(refused.getMessage())), refused);
    } catch (DrydockException.SystemError failed) {
      throw new DrydockException.SystemError(RuntimeFailureText.exec(StartOperation.goErrno(failed.getMessage())), failed);
    }
  }

  /**
   * dockerd's environment of an exec: its own tty's TERM, the container's links' variables, its env,
   * the exec's; HOME as runc adds it for the exec's user.
   */
  private List<String> env(ContainerRecord r, ExecRequest q, ResolvedUser u) {
    List<String> links = parts.wiring.map(w -> w.linkEnvironment(r.id().value())).orElse(List.of());
    return ProcessEnv.of(r.hostname(), q.tty(), links, r.config().env(), q.env(), u.home());
  }

  /**
   * The exec's own identity when it names a user: {@code user[:group]} looked up in the running
   * container's /etc files, as dockerd does, with the groups runc gives such a user (the primary
   * one, and without an explicit group every group of /etc/group that names the user). Without a
   * user the exec keeps the container process's identity, groups as found at its start.
   */
  private static Optional<ExecSpec.ExecUser> execUser(String user, ResolvedUser u) {
    return user.isEmpty() ? Optional.empty() : Optional.of(new ExecSpec.ExecUser(u.uid(), u.gid(), u.additionalGids()));
  }

  /**
   * Records the process's exit unless a failed attach already ended the exec (its 126 stays, as
   * in dockerd); returns the code the {@code exec_die} event reports.
   */
  private int recordExit(String id, int code) {
    boolean[] endedBefore = {false};
    execs.computeIfPresent(id, (k, s) -> {
      endedBefore[0] = !s.running();
      return s.running() ? s.exited(code) : s;
    });
    return endedBefore[0] ? UNKNOWN_EXEC_EXIT : code;
  }

  /**
   * dockerd's words for an exec in its events: the entrypoint, a space, the arguments joined by
   * spaces ({@code exec_start: sh } for a bare {@code sh}, trailing space included).
   */
  static String commandLine(ExecRequest q) {
    return q.cmd().get(0) + " " + String.join(" ", q.cmd().subList(1, q.cmd().size()));
  }

  /**
   * The client typed its detach keys on an attached tty exec. dockerd treats that as a failed
   * attach: the exec shows as ended with 126 from then on (its later exit changes nothing, and
   * its {@code exec_die} event says 127, see {@link #UNKNOWN_EXEC_EXIT}), and there is no {@code exec_detach} event (its check compares the
   * wrapped error's type and misses it, in 20.10 and still in moby's master). The caller closes
   * the exec's stdin, as dockerd does.
   */
  private void failedAttach(String id) {
    execs.computeIfPresent(id, (k, s) -> s.exited(FAILED_ATTACH));
  }

  public void resize(String id, int rows, int cols) {
    ExecProcess p = processes.get(id);
    if (p == null) {
      inspect(id);
      throw new DrydockException.Conflict("Exec " + id + " is not running");
    }
    p.resize(rows, cols);
  }

  /** Drops an ended exec (a health probe's: dockerd unregisters them once they ran). */
  void forget(String id) {
    execs.computeIfPresent(id, (k, s) -> s.running() ? s : null);
  }

  /**
   * Kills a health probe that outlived its timeout: SIGKILL to the exec's own process through the
   * supervisor, as dockerd 20.10 does (a probe's children are left to the container's init there
   * too); the exec then ends as any exec does. One that ended meanwhile needs nothing.
   */
  void killProbe(String id) {
    ExecProcess p = processes.get(id);
    if (p == null) {
      return;
    }
    try {
      p.kill(io.drydock.common.Signal.KILL.number());
    } catch (DrydockException.Conflict | DrydockException.Unavailable ended) {
      // it exited (and perhaps its shim went away) between the timeout and the kill
    }
  }

  /**
   * A container event: at its {@code die} the execs never started are dropped (dockerd deletes the
   * container's pending execs as it handles the exit; those that ran stay answered), at its
   * {@code destroy} every exec of it.
   */
  void heard(ContainerRecord r, String action) {
    String container = r.id().value();
    switch (action) {
      case "die" -> execs.values().removeIf(e -> e.containerId().equals(container) && !e.started());
      case "destroy" -> execs.values().removeIf(e -> e.containerId().equals(container));
      default -> { }
    }
  }

  /** Exec ids of a container for inspect's {@code ExecIDs}: as in dockerd, those created and not yet ended. */
  public List<String> of(String containerId) {
    return execs.values().stream().filter(e -> e.containerId().equals(containerId) && (e.running() || !e.started())).map(ExecState::id).toList();
  }
}
