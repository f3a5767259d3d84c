package io.drydock.runtime.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything decided about one launch, as values: what the helper will do and in which order is
 * {@link #steps()}. Built by {@link PlanCompiler} (a container's init) or {@link ExecPlanCompiler}
 * (a process joining a running container); the cgroup and seccomp layers attach their results
 * with {@link #withCgroupProcsFiles} and {@link #withSeccompFilter}.
 *
 * @param cgroupProcsFiles cgroup.procs files the helper writes the init's pid into right after
 *     clone, before the init unshares its cgroup namespace or runs anything of the user's
 * @param seccompFilter a BPF program installed as the last step before exec
 * @param execFifo the fifo whose opening by {@code start} releases the init; empty for exec
 * @param monitor whether the helper stays, waits for the process and reports its exit status
 * @param terminal the pty asked for by {@code process.terminal} (with {@code consoleSize})
 * @param consoleSocket where the pty master goes (runc's --console-socket); needed with a terminal
 * @param hooks the hook points inside the container's launch
 */
public record LaunchPlan(
    List<NamespaceRequest> namespaces,
    Optional<String> uidMap,
    Optional<String> gidMap,
    Optional<Filesystem> filesystem,
    Optional<String> hostname,
    Optional<String> domainname,
    SortedMap<String, String> sysctls,
    List<Step.SetRlimit> rlimits,
    CapabilitySets capabilities,
    int lastCap,
    boolean noNewPrivileges,
    ProcessUser user,
    String cwd,
    List<String> env,
    List<String> args,
    String executable,
    OptionalInt oomScoreAdj,
    List<Path> cgroupProcsFiles,
    Optional<Step.Seccomp> seccompFilter,
    Optional<String> execFifo,
    boolean monitor,
    List<String> warnings,
    Optional<Step.Terminal> terminal,
    Optional<String> consoleSocket,
    LaunchHooks hooks) {
  public LaunchPlan {
    namespaces = List.copyOf(namespaces);
    sysctls = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sysctls));
    rlimits = List.copyOf(rlimits);
    env = List.copyOf(env);
    args = List.copyOf(args);
    cgroupProcsFiles = List.copyOf(cgroupProcsFiles);
    warnings = List.copyOf(warnings);
  }

  /** The ordered steps the helper executes. */
  public List<Step> steps() {
    return StepSequencer.sequence(this);
  }

  /** This plan with the init's pid written into these cgroup.procs files. */
  public LaunchPlan withCgroupProcsFiles(List<Path> files) {
    return new LaunchPlan(namespaces, uidMap, gidMap, filesystem, hostname, domainname, sysctls, rlimits,
        capabilities, lastCap, noNewPrivileges, user, cwd, env, args, executable, oomScoreAdj, files,
        seccompFilter, execFifo, monitor, warnings, terminal, consoleSocket, hooks);
  }

  /** This plan with a seccomp BPF program (empty array: none). */
  public LaunchPlan withSeccompFilter(byte[] program) {
    return withSeccompFilter(program, 0);
  }

  /** This plan with a seccomp BPF program installed with these SECCOMP_FILTER_FLAG_* flags. */
  public LaunchPlan withSeccompFilter(byte[] program, long flags) {
    Optional<Step.Seccomp> filter = program.length == 0 ? Optional.empty() : Optional.of(new Step.Seccomp(program, flags));
    return new LaunchPlan(namespaces, uidMap, gidMap, filesystem, hostname, domainname, sysctls, rlimits,
        capabilities, lastCap, noNewPrivileges, user, cwd, env, args, executable, oomScoreAdj, cgroupProcsFiles,
        filter, execFifo, monitor, warnings, terminal, consoleSocket, hooks);
  }

  /** This plan waiting for start on {@code fifo} (empty: exec at once) and monitored or not. */
  public LaunchPlan withLaunch(Optional<String> fifo, boolean monitored) {
    return new LaunchPlan(namespaces, uidMap, gidMap, filesystem, hostname, domainname, sysctls, rlimits,
        capabilities, lastCap, noNewPrivileges, user, cwd, env, args, executable, oomScoreAdj, cgroupProcsFiles,
        seccompFilter, fifo, monitored, warnings, terminal, consoleSocket, hooks);
  }

  /** This plan sending its terminal's master to {@code socket} (a host path). */
  public LaunchPlan withConsoleSocket(Optional<String> socket) {
    return new LaunchPlan(namespaces, uidMap, gidMap, filesystem, hostname, domainname, sysctls, rlimits,
        capabilities, lastCap, noNewPrivileges, user, cwd, env, args, executable, oomScoreAdj, cgroupProcsFiles,
        seccompFilter, execFifo, monitor, warnings, terminal, socket, hooks);
  }

  /**
   * This plan's process with this terminal whatever {@code process.terminal} says: a supervisor
   * that relays the container's terminal asks for it (Docker's {@code Tty}) while the engine's
   * config.json leaves the terminal to it. The master goes to {@link #consoleSocket()}.
   */
  public LaunchPlan withTerminal(Step.Terminal t) {
    return new LaunchPlan(namespaces, uidMap, gidMap, filesystem, hostname, domainname, sysctls, rlimits,
        capabilities, lastCap, noNewPrivileges, user, cwd, env, args, executable, oomScoreAdj, cgroupProcsFiles,
        seccompFilter, execFifo, monitor, warnings, Optional.of(t), consoleSocket, hooks);
  }

  /** This plan with these hook points. */
  public LaunchPlan withHooks(LaunchHooks h) {
    return new LaunchPlan(namespaces, uidMap, gidMap, filesystem, hostname, domainname, sysctls, rlimits,
        capabilities, lastCap, noNewPrivileges, user, cwd, env, args, executable, oomScoreAdj, cgroupProcsFiles,
        seccompFilter, execFifo, monitor, warnings, terminal, consoleSocket, h);
  }
}
