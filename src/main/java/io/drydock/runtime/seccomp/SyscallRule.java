package io.drydock.runtime.seccomp;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One OCI {@code syscalls[]} entry: the action for the named system calls when every argument
 * condition holds (an empty {@code args} always holds).
 */
public record SyscallRule(List<String> names, SeccompAction action, OptionalInt errnoRet, List<ArgCondition> args) {
  public SyscallRule {
    Objects.requireNonNull(action, "action");
    names = List.copyOf(names);
    args = List.copyOf(args);
    Objects.requireNonNull(errnoRet, "errnoRet");
    if (names.isEmpty()) {
      throw new DrydockException.InvalidArgument("seccomp rule for " + action + " names no syscall");
    }
    for (String name : names) {
      if (name.isBlank()) {
        throw new DrydockException.InvalidArgument("seccomp rule for " + action + " has an empty syscall name");
      }
    }
    ErrnoRet.check(action, errnoRet, "syscalls " + names);
  }

  /** A rule without errnoRet and without argument conditions. */
  public static SyscallRule of(SeccompAction action, String... names) {
    return new SyscallRule(List.of(names), action, OptionalInt.empty(), List.of());
  }

  /** The value the filter returns when this rule matches. */
  public int returnValue() {
    return action.returnValue(errnoRet);
  }
}
