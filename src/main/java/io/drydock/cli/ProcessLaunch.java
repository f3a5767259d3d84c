package io.drydock.cli;

/**
 * How this JVM starts processes (the shim, the runtime's helper, ip, mount helpers). JDK 17's
 * default on Linux, {@code POSIX_SPAWN}, executes {@code jspawnhelper} first, which then executes
 * the program: one more {@code execve} of a second binary per process. {@code VFORK} runs the
 * JDK's own child code (descriptor closing, working directory, exec) in the vforked child and
 * executes the program directly: measured here 1.2 → 0.3 ms per {@code ProcessBuilder.start()} at
 * load 3.5, more under load, and the daemon starts two processes per container start.
 *
 * <p>JDK 25 deprecates {@code VFORK} (a warning on stderr) and later releases remove it (an
 * unknown mechanism fails every process start), so it is chosen only on releases up to 24 and
 * only when nobody set the property ({@code DRYDOCK_JAVA_OPTS=-Djdk.lang.Process.launchMechanism=...}
 * wins). The JDK reads the property once, when the first process starts: this runs first in main.
 * The runtime benchmarks call it first too, so that the helper spawn they time — and the
 * {@code crun run}/{@code runc run} spawns they compare it with — is the one drydock uses.
 */
public final class ProcessLaunch {
  static final String PROPERTY = "jdk.lang.Process.launchMechanism";
  static final int LAST_RELEASE_WITH_VFORK = 24;

  private ProcessLaunch() {}

  /** Sets {@code VFORK} unless the property is set already or this JDK no longer has it quietly. */
  public static void preferVfork() {
    String chosen = mechanismFor(Runtime.version().feature(), System.getProperty(PROPERTY));
    if (chosen != null) {
      System.setProperty(PROPERTY, chosen);
    }
  }

  /** The mechanism to set for a JDK release and an already set value; null to leave it. */
  static String mechanismFor(int feature, String alreadySet) {
    return alreadySet == null && feature <= LAST_RELEASE_WITH_VFORK ? "VFORK" : null;
  }
}
