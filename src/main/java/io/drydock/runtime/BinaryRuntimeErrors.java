package io.drydock.runtime;

import io.drydock.common.DrydockException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the stderr text of a failed runtime binary into drydock's error classes. runc and crun say
 * the same things in different words: runc "container does not exist", crun "error opening file
 * `ROOT/ID/status`: No such file or directory" — crun keeps a container's state in that file,
 * written only once create has finished (and removed first by delete), so its absence means the
 * container is not there (yet, or any more), never a broken system. Likewise crun's {@code state}
 * and {@code exec} read the copy of config.json in that directory after the status file: "error
 * loading config.json" from them means delete is emptying the directory, while from
 * {@code create} or {@code run} it means the bundle's own config is bad. crun's {@code kill} of a
 * stopped container fails with the kernel's ESRCH ("No such process"): a conflict with its state,
 * as runc's "container not running". Pure: text in, exception out.
 */
final class BinaryRuntimeErrors {
  /** crun's answer for an id whose state file does not exist: {@code error opening file `…/status`}. */
  private static final Pattern CRUN_NO_STATUS =
      Pattern.compile("error opening file `[^`]*/status`: no such file or directory");
  /** crun's delete of an id it has no directory for. */
  private static final Pattern CRUN_NO_DIRECTORY = Pattern.compile("cannot open directory '[^']*': no such file or directory");

  /** Verbs whose config.json is crun's copy in the container's state directory, not the bundle's. */
  private static final java.util.Set<String> READS_STATE_COPY = java.util.Set.of("state", "exec");

  private BinaryRuntimeErrors() {}

  /** The error for {@code verb} having failed with {@code stderr}; {@code binary} names the runtime in the message. */
  static DrydockException classify(String binary, String verb, String stderr) {
    String text = stderr.trim();
    String msg = binary + " " + verb + ": " + text;
    String lower = text.toLowerCase(Locale.ROOT);
    if (isNotFound(lower) || (READS_STATE_COPY.contains(verb) && lower.contains("error loading config.json"))) {
      return new DrydockException.NotFound(msg);
    }
    if (isConflict(lower) || (verb.equals("kill") && lower.contains("no such process"))) {
      return new DrydockException.Conflict(msg);
    }
    if (lower.contains("invalid") || lower.contains("config.json")) {
      return new DrydockException.InvalidArgument(msg);
    }
    return new DrydockException.SystemError(msg);
  }

  private static boolean isNotFound(String lower) {
    return lower.contains("does not exist") || lower.contains("not exist")
        || CRUN_NO_STATUS.matcher(lower).find() || CRUN_NO_DIRECTORY.matcher(lower).find();
  }

  private static boolean isConflict(String lower) {
    return lower.contains("exists") || lower.contains("not running") || lower.contains("not paused")
        || lower.contains("cannot") || lower.contains("not stopped") || lower.contains("not in `created`")
        || lower.contains("not in created") || lower.contains("is not paused") || lower.contains("already");
  }
}
