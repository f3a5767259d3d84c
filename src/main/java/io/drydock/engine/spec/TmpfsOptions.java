package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * dockerd's check of a {@code --tmpfs /path:options} list, made when the container starts (its
 * create takes anything): each word a mount flag ({@code ro}, {@code noexec}, {@code rshared}, …)
 * or one of tmpfs's own {@code key=value} settings. Anything else fails the start with dockerd's
 * words ({@code invalid tmpfs option ["nope"]}, Go's printing of the split word) before anything
 * is made, instead of the kernel's bare {@code EINVAL} from the mount.
 */
public final class TmpfsOptions {
  private static final Set<String> FLAGS = Set.of("defaults", "ro", "rw", "suid", "nosuid", "dev", "nodev", "exec", "noexec",
      "sync", "async", "dirsync", "remount", "mand", "nomand", "atime", "noatime", "diratime", "nodiratime", "bind", "rbind",
      "unbindable", "runbindable", "private", "rprivate", "shared", "rshared", "slave", "rslave", "relatime", "norelatime",
      "strictatime", "nostrictatime");
  private static final Set<String> SETTINGS = Set.of("size", "mode", "uid", "gid", "nr_inodes", "nr_blocks", "mpol");

  private TmpfsOptions() {}

  /** Throws dockerd's 500 for the first word (from the end, as dockerd merges them) it would refuse. */
  public static void check(String options) {
    if (options.isEmpty()) {
      return;
    }
    String[] words = options.split(",", -1);
    for (int i = words.length - 1; i >= 0; i--) {
      String word = words[i];
      if (FLAGS.contains(word)) {
        continue;
      }
      int eq = word.indexOf('=');
      if (eq < 0 || !SETTINGS.contains(word.substring(0, eq))) {
        List<String> split = eq < 0 ? List.of(word) : List.of(word.substring(0, eq), word.substring(eq + 1));
        throw new DrydockException.SystemError("invalid tmpfs option " + goQuoted(split));
      }
    }
  }

  private static String goQuoted(List<String> words) {
    List<String> quoted = new ArrayList<>();
    for (String w : words) {
      quoted.add('"' + w.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
    }
    return "[" + String.join(" ", quoted) + "]";
  }
}
