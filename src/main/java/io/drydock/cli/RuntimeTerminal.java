package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.runtime.ConsoleReceiver;
import io.drydock.runtime.spec.SpecCodec;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

/**
 * The terminal flags of create, run and exec, as runc checks them: a terminal that is detached from
 * needs a console socket, a console socket needs a detached terminal. A terminal in the foreground
 * is relayed to this command's own stdin and stdout ({@link Relay}).
 */
final class RuntimeTerminal {
  private RuntimeTerminal() {}

  /** Whether the bundle's config asks for a terminal. */
  static boolean requested(Path bundle) {
    var process = SpecCodec.read(bundle.toAbsolutePath().resolve("config.json")).process();
    return process != null && Boolean.TRUE.equals(process.terminal());
  }

  static void check(boolean terminal, boolean detach, Path consoleSocket) {
    if (detach && terminal && consoleSocket == null) {
      throw new DrydockException.InvalidArgument("cannot allocate tty if drydock will detach without setting console socket");
    }
    if ((!detach || !terminal) && consoleSocket != null) {
      throw new DrydockException.InvalidArgument("cannot use console socket if drydock will not detach or allocate tty");
    }
  }

  /** A console receiver on a private socket, relaying this process's stdin and stdout to the pty. */
  static final class Relay implements AutoCloseable {
    private final Path dir;
    private final ConsoleReceiver receiver;

    private Relay(Path dir, ConsoleReceiver receiver) {
      this.dir = dir;
      this.receiver = receiver;
    }

    /** A relay when a foreground terminal needs one, else empty. */
    static Optional<Relay> startIf(boolean needed) {
      if (!needed) {
        return Optional.empty();
      }
      Path dir;
      try {
        dir = Files.createTempDirectory("drydock-console-", PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------")));
      } catch (IOException e) {
        throw new DrydockException.SystemError("create a console socket directory: " + e.getMessage(), e);
      }
      try {
        return Optional.of(new Relay(dir, ConsoleReceiver.start(dir.resolve("console.sock"), Redirect.INHERIT, Redirect.INHERIT)));
      } catch (RuntimeException e) {
        deleteQuietly(dir);
        throw e;
      }
    }

    Path socket() {
      return receiver.socket();
    }

    /** Lets the last output of the container reach this command's stdout. */
    void drain() {
      receiver.awaitEnd(Duration.ofSeconds(2));
    }

    @Override
    public void close() {
      receiver.close();
      deleteQuietly(dir);
    }

    private static void deleteQuietly(Path dir) {
      try {
        Files.deleteIfExists(dir.resolve("console.sock"));
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // a temporary directory left behind; nothing of the container's
      }
    }
  }
}
