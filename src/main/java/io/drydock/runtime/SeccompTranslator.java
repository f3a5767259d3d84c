package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.seccomp.ArgCondition;
import io.drydock.runtime.seccomp.ArgOp;
import io.drydock.runtime.seccomp.SeccompAction;
import io.drydock.runtime.seccomp.SeccompFlag;
import io.drydock.runtime.seccomp.SeccompProfile;
import io.drydock.runtime.seccomp.SyscallRule;
import io.drydock.runtime.spec.Seccomp;
import io.drydock.runtime.spec.Syscall;
import io.drydock.runtime.spec.SyscallArg;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * OCI {@code linux.seccomp} (strings, as config.json holds them) → {@link SeccompProfile} (typed,
 * what the compiler takes). Pure. Every error is prefixed with the config path of the bad field
 * ({@code config.json: linux.seccomp.syscalls[2].action: unknown seccomp action "X" ...}).
 */
final class SeccompTranslator {
  private SeccompTranslator() {}

  static SeccompProfile translate(Seccomp s, String field) {
    SeccompAction defaultAction = at(field + ".defaultAction", () -> SeccompAction.fromOciName(required(s.defaultAction())));
    OptionalInt defaultErrno = errno(s.defaultErrnoRet(), field + ".defaultErrnoRet");
    List<Arch> arches = new ArrayList<>();
    List<String> names = s.architectures() == null ? List.of() : s.architectures();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      arches.add(at(field + ".architectures[" + i + "]", () -> Arch.fromOciName(name)));
    }
    Set<SeccompFlag> flags = new LinkedHashSet<>();
    List<String> flagNames = s.flags() == null ? List.of() : s.flags();
    for (int i = 0; i < flagNames.size(); i++) {
      String name = flagNames.get(i);
      flags.add(at(field + ".flags[" + i + "]", () -> SeccompFlag.fromOciName(name)));
    }
    if (s.listenerPath() != null && !s.listenerPath().isEmpty()) {
      throw new DrydockException.NotImplemented("config.json: " + field + ".listenerPath: seccomp agents are not supported");
    }
    List<SyscallRule> rules = new ArrayList<>();
    List<Syscall> syscalls = s.syscalls() == null ? List.of() : s.syscalls();
    for (int i = 0; i < syscalls.size(); i++) {
      rules.add(rule(syscalls.get(i), field + ".syscalls[" + i + "]"));
    }
    return at(field, () -> new SeccompProfile(defaultAction, defaultErrno, arches, flags, rules));
  }

  private static SyscallRule rule(Syscall s, String field) {
    SeccompAction action = at(field + ".action", () -> SeccompAction.fromOciName(required(s.action())));
    OptionalInt errno = errno(s.errnoRet(), field + ".errnoRet");
    List<ArgCondition> args = new ArrayList<>();
    List<SyscallArg> in = s.args() == null ? List.of() : s.args();
    for (int i = 0; i < in.size(); i++) {
      SyscallArg a = in.get(i);
      String f = field + ".args[" + i + "]";
      ArgOp op = at(f + ".op", () -> ArgOp.fromOciName(required(a.op())));
      int index = at(f + ".index", () -> required(a.index()));
      long value = at(f + ".value", () -> required(a.value()));
      long valueTwo = a.valueTwo() == null ? 0 : a.valueTwo();
      args.add(at(f, () -> new ArgCondition(index, value, valueTwo, op)));
    }
    List<String> names = s.names() == null ? List.of() : s.names();
    return at(field, () -> new SyscallRule(names, action, errno, args));
  }

  private static OptionalInt errno(Long value, String field) {
    if (value == null) {
      return OptionalInt.empty();
    }
    if (value < 0 || value > 0xffff) {
      throw new DrydockException.InvalidArgument("config.json: " + field + ": " + value + " is not an errno (0-65535)");
    }
    return OptionalInt.of(value.intValue());
  }

  private static <T> T required(T value) {
    if (value == null) {
      throw new DrydockException.InvalidArgument("is required");
    }
    return value;
  }

  /** Runs {@code f}, prefixing an InvalidArgument/NotImplemented with {@code config.json: field: }. */
  static <T> T at(String field, java.util.function.Supplier<T> f) {
    try {
      return f.get();
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument("config.json: " + field + ": " + e.getMessage(), e);
    } catch (DrydockException.NotImplemented e) {
      throw new DrydockException.NotImplemented("config.json: " + field + ": " + e.getMessage());
    }
  }
}
