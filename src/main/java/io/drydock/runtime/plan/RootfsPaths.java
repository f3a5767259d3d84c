package io.drydock.runtime.plan;

import io.drydock.common.DrydockException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a path inside a rootfs the way the container will see it: {@code ..} stops at the root
 * and an absolute symlink starts again at the rootfs, never at the host's root (the rule runc
 * learnt from CVE-2021-30465). The result has no {@code .}, {@code ..} or symlink component, so
 * the host resolving {@code rootfs + result} cannot leave the rootfs either.
 */
public final class RootfsPaths {
  private static final int MAX_LINKS = 255;

  private RootfsPaths() {}

  /** The in-container path with every existing symlink resolved inside {@code rootfs}. */
  public static String resolve(FsView view, String rootfs, String path) {
    Deque<String> todo = new ArrayDeque<>(split(path));
    List<String> done = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String c = todo.pollFirst();
      if (c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (!done.isEmpty()) {
          done.remove(done.size() - 1);
        }
        continue;
      }
      String candidate = join(done) + "/" + c;
      if (view.kind(rootfs + candidate) == FsView.Kind.SYMLINK) {
        if (++links > MAX_LINKS) {
          throw new DrydockException.InvalidArgument("resolve " + path + " in the rootfs: too many levels of symbolic links");
        }
        String target = view.readlink(rootfs + candidate);
        if (target.startsWith("/")) {
          done.clear();
        }
        List<String> parts = split(target);
        for (int i = parts.size() - 1; i >= 0; i--) {
          todo.addFirst(parts.get(i));
        }
        continue;
      }
      done.add(c);
    }
    return done.isEmpty() ? "/" : join(done);
  }

  /** Lexical clean-up of an absolute path: no {@code .}, {@code ..} cannot climb above {@code /}. */
  public static String clean(String path) {
    List<String> done = new ArrayList<>();
    for (String c : split(path)) {
      if (c.equals("..")) {
        if (!done.isEmpty()) {
          done.remove(done.size() - 1);
        }
      } else if (!c.equals(".")) {
        done.add(c);
      }
    }
    return done.isEmpty() ? "/" : join(done);
  }

  static List<String> split(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return parts;
  }

  private static String join(List<String> parts) {
    return parts.isEmpty() ? "" : "/" + String.join("/", parts);
  }
}
