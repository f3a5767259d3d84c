package io.drydock.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The processes of a container found without its cgroup: every pid whose pid namespace is the
 * init's. Used by {@code kill --all} and {@code delete --force}.
 */
final class ContainerProcesses {
  private ContainerProcesses() {}

  static List<Integer> of(int initPid) {
    List<Integer> out = new ArrayList<>();
    Path ns;
    try {
      ns = Files.readSymbolicLink(Path.of("/proc/" + initPid + "/ns/pid"));
    } catch (IOException e) {
      return out;
    }
    Path self;
    try {
      self = Files.readSymbolicLink(Path.of("/proc/self/ns/pid"));
    } catch (IOException e) {
      return out;
    }
    if (ns.equals(self)) {
      return out;
    }
    try (Stream<Path> s = Files.list(Path.of("/proc"))) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        if (name.chars().allMatch(Character::isDigit) && !name.equals(Integer.toString(initPid))) {
          try {
            if (Files.readSymbolicLink(p.resolve("ns/pid")).equals(ns)) {
              out.add(Integer.parseInt(name));
            }
          } catch (IOException e) {
            // the process exited while we looked
          }
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }
}
