package io.drydock.runtime.seccomp;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * OCI's {@code linux.seccomp}, typed: the runtime maps the config object onto this record (each
 * string through the {@code fromOciName} parser of its enum) and hands it to
 * {@link SeccompCompiler#compile}. {@code listenerPath}/{@code listenerMetadata} are absent because
 * {@link SeccompAction#SCMP_ACT_NOTIFY} is refused by the compiler.
 *
 * @param architectures the arches whose system calls the rules apply to, besides the native one;
 *     system calls of any other arch get the foreign-arch action (see {@code spec/seccomp.md})
 * @param syscalls rules in config order; the first matching rule decides
 */
public record SeccompProfile(
    SeccompAction defaultAction,
    OptionalInt defaultErrnoRet,
    List<Arch> architectures,
    Set<SeccompFlag> flags,
    List<SyscallRule> syscalls) {
  public SeccompProfile {
    Objects.requireNonNull(defaultAction, "defaultAction");
    Objects.requireNonNull(defaultErrnoRet, "defaultErrnoRet");
    architectures = List.copyOf(architectures);
    flags = Set.copyOf(flags);
    syscalls = List.copyOf(syscalls);
    ErrnoRet.check(defaultAction, defaultErrnoRet, "defaultAction");
  }

  /** A profile with only a default action and rules, for the native arch alone. */
  public static SeccompProfile of(SeccompAction defaultAction, List<SyscallRule> syscalls) {
    return new SeccompProfile(defaultAction, OptionalInt.empty(), List.of(), Set.of(), syscalls);
  }

  /** The value the filter returns when no rule matches. */
  public int defaultReturnValue() {
    return defaultAction.returnValue(defaultErrnoRet);
  }

  /** The {@code flags} argument the helper passes to {@code seccomp(2)}. */
  public int flagMask() {
    return SeccompFlag.mask(flags);
  }
}
