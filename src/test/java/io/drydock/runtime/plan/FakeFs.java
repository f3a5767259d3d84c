package io.drydock.runtime.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An in-memory file system for the compiler: directories, files and symlinks by absolute path. */
final class FakeFs implements FsView {
  private final Map<String, Kind> kinds = new TreeMap<>();
  private final Map<String, String> links = new TreeMap<>();

  FakeFs dir(String path) {
    String p = "";
    for (String c : path.split("/")) {
      if (!c.isEmpty()) {
        p += "/" + c;
        kinds.putIfAbsent(p, Kind.DIRECTORY);
      }
    }
    return this;
  }

  FakeFs file(String path) {
    dir(path.substring(0, path.lastIndexOf('/')));
    kinds.put(path, Kind.FILE);
    return this;
  }

  FakeFs link(String path, String target) {
    dir(path.substring(0, path.lastIndexOf('/')));
    kinds.put(path, Kind.SYMLINK);
    links.put(path, target);
    return this;
  }

  @Override
  public Kind kind(String absolutePath) {
    return kinds.getOrDefault(absolutePath.length() > 1 && absolutePath.endsWith("/")
        ? absolutePath.substring(0, absolutePath.length() - 1) : absolutePath, Kind.MISSING);
  }

  @Override
  public String readlink(String absolutePath) {
    return links.get(absolutePath);
  }

  @Override
  public boolean isExecutable(String absolutePath) {
    return kinds.get(absolutePath) == Kind.FILE;
  }

  /** Paths are the same file when they resolve to one path from the host's root. */
  @Override
  public boolean isSameFile(String absolutePath, String other) {
    String a = hostResolve(absolutePath, List.of());
    return kinds.containsKey(a) && a.equals(hostResolve(other, List.of()));
  }

  /**
   * Where the host kernel would land for {@code path}, following symlinks from the host's root
   * (not the rootfs): the resolution a mount would get without RESOLVE_IN_ROOT. {@code opaque}
   * paths (earlier mounts) end the walk: nothing below them is on this file system.
   */
  String hostResolve(String path, List<String> opaque) {
    List<String> todo = new ArrayList<>(List.of(path.split("/")));
    List<String> done = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String c = todo.remove(0);
      if (c.isEmpty() || c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (!done.isEmpty()) {
          done.remove(done.size() - 1);
        }
        continue;
      }
      String cand = "/" + String.join("/", done) + (done.isEmpty() ? "" : "/") + c;
      if (opaque.contains(cand)) {
        return cand + "/" + String.join("/", todo);
      }
      if (kind(cand) == Kind.SYMLINK && links++ < 100) {
        String target = readlink(cand);
        if (target.startsWith("/")) {
          done.clear();
        }
        todo.addAll(0, List.of(target.split("/")));
        continue;
      }
      done.add(c);
    }
    return "/" + String.join("/", done);
  }
}
