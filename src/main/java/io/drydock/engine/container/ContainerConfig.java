package io.drydock.engine.container;

import io.drydock.engine.container.health.Healthcheck;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run inside the container, as resolved at create time (image defaults merged with the
 * request): the process and its environment. The engine's own record, not the API's
 * {@code ContainerConfig} DTO; the OCI spec builder reads it.
 *
 * @param path the executable (first element of entrypoint + cmd)
 * @param args the remaining arguments
 * @param env {@code KEY=value} entries, in order
 * @param workingDir absolute path inside the container, "" for the image default ("/")
 * @param user {@code user[:group]} as given, "" for root
 * @param stopSignal signal name sent by stop as the client or the image gave it, e.g. {@code
 *     SIGUSR1}; "" when neither did ({@link #effectiveStopSignal()} is then {@code SIGTERM})
 * @param stopTimeout seconds stop waits before SIGKILL, any negative for ever (as dockerd 20.10 takes it); null for the engine default (10)
 * @param attach the streams the creating client said it would attach to; null in a record
 *     written before they were kept
 * @param healthcheck the health check as merged at create (the client's over the image's); null
 *     when neither gave one
 * @param domainname {@code Config.Domainname}: the NIS domain name of the container's uts
 *     namespace, "" for none
 */
public record ContainerConfig(
    String path,
    List<String> args,
    List<String> env,
    String workingDir,
    String user,
    String hostname,
    boolean tty,
    boolean openStdin,
    boolean stdinOnce,
    Map<String, String> labels,
    String stopSignal,
    Integer stopTimeout,
    AttachedStreams attach,
    Healthcheck healthcheck,
    String domainname) {

  public static final String DEFAULT_STOP_SIGNAL = "SIGTERM";
  public static final int DEFAULT_STOP_TIMEOUT_SECONDS = 10;

  public ContainerConfig {
    Objects.requireNonNull(path, "path");
    args = List.copyOf(args == null ? List.of() : args);
    env = List.copyOf(env == null ? List.of() : env);
    workingDir = workingDir == null ? "" : workingDir;
    user = user == null ? "" : user;
    hostname = hostname == null ? "" : hostname;
    labels = Map.copyOf(labels == null ? Map.of() : labels);
    stopSignal = stopSignal == null ? "" : stopSignal;
    domainname = domainname == null ? "" : domainname;
  }

  /** Without a domain name. */
  public ContainerConfig(String path, List<String> args, List<String> env, String workingDir, String user, String hostname, boolean tty,
      boolean openStdin, boolean stdinOnce, Map<String, String> labels, String stopSignal, Integer stopTimeout, AttachedStreams attach,
      Healthcheck healthcheck) {
    this(path, args, env, workingDir, user, hostname, tty, openStdin, stdinOnce, labels, stopSignal, stopTimeout, attach, healthcheck, "");
  }

  /** Without a health check. */
  public ContainerConfig(String path, List<String> args, List<String> env, String workingDir, String user, String hostname, boolean tty,
      boolean openStdin, boolean stdinOnce, Map<String, String> labels, String stopSignal, Integer stopTimeout, AttachedStreams attach) {
    this(path, args, env, workingDir, user, hostname, tty, openStdin, stdinOnce, labels, stopSignal, stopTimeout, attach, null);
  }

  /** The health check to run while the container runs: none when absent or turned off. */
  public java.util.Optional<Healthcheck> activeHealthcheck() {
    return java.util.Optional.ofNullable(healthcheck).filter(h -> h.probeCommand().isPresent());
  }

  /** Without the attached streams (engine-made containers and tests). */
  public ContainerConfig(String path, List<String> args, List<String> env, String workingDir, String user, String hostname, boolean tty,
      boolean openStdin, boolean stdinOnce, Map<String, String> labels, String stopSignal, Integer stopTimeout) {
    this(path, args, env, workingDir, user, hostname, tty, openStdin, stdinOnce, labels, stopSignal, stopTimeout, null);
  }

  /** Seconds to wait after the stop signal: the container's own value or the default. */
  public int effectiveStopTimeout() {
    return stopTimeout == null ? DEFAULT_STOP_TIMEOUT_SECONDS : stopTimeout;
  }

  /** The signal stop sends: the configured one, else {@code SIGTERM}. */
  public String effectiveStopSignal() {
    return stopSignal.isEmpty() ? DEFAULT_STOP_SIGNAL : stopSignal;
  }
}
