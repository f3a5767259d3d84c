package io.drydock.engine.container;

import io.drydock.common.DrydockException;

/**
 * When the engine starts a container again after its task exits. Two ways in, both checked the
 * way Docker checks them: the API's {@code {Name, MaximumRetryCount}} pair ({@link #of}, dockerd's
 * validation) and the CLI's {@code on-failure:3} text ({@link #parse}, the docker CLI's parser
 * followed by dockerd's validation).
 */
public record RestartPolicy(Mode mode, int maximumRetryCount) {

  /** The closed set of policies, by their API names. */
  public enum Mode {
    /** The API's empty name: never restarts, like {@code no}, and is shown empty as dockerd shows it. */
    UNSET(""),
    NO("no"),
    ALWAYS("always"),
    UNLESS_STOPPED("unless-stopped"),
    ON_FAILURE("on-failure");

    private final String apiName;

    Mode(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }
  }

  public static final RestartPolicy NO = new RestartPolicy(Mode.NO, 0);
  public static final RestartPolicy UNSET = new RestartPolicy(Mode.UNSET, 0);

  public RestartPolicy {
    if (mode == null) {
      throw new IllegalArgumentException("mode");
    }
    if (mode != Mode.ON_FAILURE && maximumRetryCount != 0) {
      throw invalid(
          "maximum retry count cannot be used with restart policy '" + mode.apiName + "'");
    }
    if (maximumRetryCount < 0) {
      throw invalid("maximum retry count cannot be negative");
    }
  }

  /**
   * The API pair as a client sent it, checked only when asked for: an update finds its container
   * first and checks the policy after, as dockerd does (an unknown container is 404 whatever it asks).
   */
  public record Asked(String name, int maximumRetryCount) {
    public RestartPolicy policy() {
      return of(name, maximumRetryCount);
    }
  }

  /** dockerd's check of the API form; an empty name means "no", as in dockerd. */
  public static RestartPolicy of(String name, int maximumRetryCount) {
    if (name == null || name.isEmpty()) {
      // dockerd accepts an empty name with any count and never restarts; the count is dropped.
      return UNSET;
    }
    for (Mode m : Mode.values()) {
      if (m.apiName.equals(name)) {
        return new RestartPolicy(m, maximumRetryCount);
      }
    }
    throw invalid("invalid restart policy '" + name + "'");
  }

  /** The CLI form: {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure[:N]}. */
  public static RestartPolicy parse(String text) {
    if (text == null || text.isEmpty()) {
      return UNSET;
    }
    String[] parts = text.split(":", -1);
    if (parts.length > 2) {
      throw invalid("invalid restart policy format");
    }
    int count = 0;
    if (parts.length == 2) {
      try {
        count = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw invalid("maximum retry count must be an integer");
      }
    }
    return of(parts[0], count);
  }

  /** dockerd's {@code IsNone}: {@code no} or the empty name, the policies that never restart. */
  public boolean isNone() {
    return mode == Mode.UNSET || mode == Mode.NO;
  }

  /** Whether an exit with {@code exitCode} after {@code restartCount} restarts starts it again. */
  public boolean restartsAfter(int exitCode, int restartCount, boolean stoppedByUser) {
    return switch (mode) {
      case UNSET, NO -> false;
      case ALWAYS -> !stoppedByUser;
      case UNLESS_STOPPED -> !stoppedByUser;
      case ON_FAILURE ->
          exitCode != 0 && (maximumRetryCount == 0 || restartCount < maximumRetryCount);
    };
  }

  /**
   * Whether a container found stopped when the daemon starts is started again (dockerd's
   * {@code ShouldRestart}): {@code always} regardless of a manual stop, {@code unless-stopped}
   * only if nobody stopped it, {@code on-failure} only after a failure.
   */
  public boolean restartsOnDaemonStart(int exitCode, boolean stoppedByUser) {
    return switch (mode) {
      case UNSET, NO -> false;
      case ALWAYS -> true;
      case UNLESS_STOPPED -> !stoppedByUser;
      case ON_FAILURE -> exitCode != 0;
    };
  }

  /**
   * As {@link #restartsOnDaemonStart(int, boolean)}, with dockerd's retry limit: an
   * {@code on-failure:N} container that used its N restarts stays down.
   */
  public boolean restartsOnDaemonStart(int exitCode, boolean stoppedByUser, int restartCount) {
    if (mode == Mode.ON_FAILURE && maximumRetryCount > 0 && restartCount >= maximumRetryCount) {
      return false;
    }
    return restartsOnDaemonStart(exitCode, stoppedByUser);
  }

  /** The CLI form back, e.g. {@code on-failure:3}. */
  @Override
  public String toString() {
    return mode == Mode.ON_FAILURE && maximumRetryCount > 0
        ? mode.apiName + ":" + maximumRetryCount
        : mode.apiName;
  }

  private static DrydockException.InvalidArgument invalid(String message) {
    return new DrydockException.InvalidArgument(message);
  }
}
