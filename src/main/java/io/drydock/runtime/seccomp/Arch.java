package io.drydock.runtime.seccomp;

import io.drydock.common.DrydockException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The seccomp architectures OCI names ({@code SCMP_ARCH_*}) with the {@code AUDIT_ARCH_*} value the
 * kernel puts in {@code seccomp_data.arch}. Only some have a syscall table in drydock; the others
 * are accepted in a profile (runc accepts them too) and their system calls get the foreign-arch
 * action, because a rule cannot be compiled without knowing the numbers.
 */
public enum Arch {
  X86_64("SCMP_ARCH_X86_64", Audit.EM_X86_64 | Audit.BIT64 | Audit.LE, "x86_64"),
  X86("SCMP_ARCH_X86", Audit.EM_386 | Audit.LE, "x86"),
  /** x32 shares x86_64's audit value; its syscall numbers carry {@link #X32_SYSCALL_BIT}. */
  X32("SCMP_ARCH_X32", Audit.EM_X86_64 | Audit.BIT64 | Audit.LE, "x32"),
  AARCH64("SCMP_ARCH_AARCH64", Audit.EM_AARCH64 | Audit.BIT64 | Audit.LE, "aarch64"),
  ARM("SCMP_ARCH_ARM", Audit.EM_ARM | Audit.LE, null),
  MIPS("SCMP_ARCH_MIPS", Audit.EM_MIPS, null),
  MIPS64("SCMP_ARCH_MIPS64", Audit.EM_MIPS | Audit.BIT64, null),
  MIPS64N32("SCMP_ARCH_MIPS64N32", Audit.EM_MIPS | Audit.BIT64 | Audit.N32, null),
  MIPSEL("SCMP_ARCH_MIPSEL", Audit.EM_MIPS | Audit.LE, null),
  MIPSEL64("SCMP_ARCH_MIPSEL64", Audit.EM_MIPS | Audit.BIT64 | Audit.LE, null),
  MIPSEL64N32("SCMP_ARCH_MIPSEL64N32", Audit.EM_MIPS | Audit.BIT64 | Audit.LE | Audit.N32, null),
  PPC("SCMP_ARCH_PPC", Audit.EM_PPC, null),
  PPC64("SCMP_ARCH_PPC64", Audit.EM_PPC64 | Audit.BIT64, null),
  PPC64LE("SCMP_ARCH_PPC64LE", Audit.EM_PPC64 | Audit.BIT64 | Audit.LE, null),
  S390("SCMP_ARCH_S390", Audit.EM_S390, null),
  S390X("SCMP_ARCH_S390X", Audit.EM_S390 | Audit.BIT64, null),
  PARISC("SCMP_ARCH_PARISC", Audit.EM_PARISC, null),
  PARISC64("SCMP_ARCH_PARISC64", Audit.EM_PARISC | Audit.BIT64, null),
  RISCV64("SCMP_ARCH_RISCV64", Audit.EM_RISCV | Audit.BIT64 | Audit.LE, null);

  /** Set in {@code seccomp_data.nr} by x32 system calls (which report {@code AUDIT_ARCH_X86_64}). */
  public static final int X32_SYSCALL_BIT = 0x4000_0000;

  private final String ociName;
  private final int auditArch;
  private final String tableName;

  Arch(String ociName, int auditArch, String tableName) {
    this.ociName = ociName;
    this.auditArch = auditArch;
    this.tableName = tableName;
  }

  /** The OCI / libseccomp name, e.g. {@code SCMP_ARCH_X86_64}. */
  public String ociName() {
    return ociName;
  }

  /** The {@code AUDIT_ARCH_*} value the kernel reports in {@code seccomp_data.arch}. */
  public int auditArch() {
    return auditArch;
  }

  /** Whether drydock knows this arch's syscall numbers (and so can compile rules for it). */
  public boolean hasSyscallTable() {
    return tableName != null;
  }

  /** Whether a program can be compiled for a machine whose native arch is this one. */
  public boolean canBeNative() {
    return hasSyscallTable() && this != X32;
  }

  String tableName() {
    return tableName;
  }

  /** Parses an OCI {@code SCMP_ARCH_*} name; the error names the bad value and the known ones. */
  public static Arch fromOciName(String name) {
    for (Arch arch : values()) {
      if (arch.ociName.equals(name)) {
        return arch;
      }
    }
    throw new DrydockException.InvalidArgument("unknown seccomp architecture \"" + name
        + "\" (known: " + Arrays.stream(values()).map(Arch::ociName).collect(Collectors.joining(", ")) + ")");
  }

  /** The arch of the JVM's machine, from {@code os.arch}. */
  public static Arch host() {
    return fromOsArch(System.getProperty("os.arch"));
  }

  /** Maps a Java {@code os.arch} value to the arch, e.g. {@code amd64} → {@link #X86_64}. */
  public static Arch fromOsArch(String osArch) {
    return switch (osArch) {
      case "amd64", "x86_64" -> X86_64;
      case "aarch64", "arm64" -> AARCH64;
      case "x86", "i386", "i686" -> X86;
      default -> throw new DrydockException.NotImplemented(
          "seccomp: no syscall table for machine architecture " + osArch);
    };
  }

  /** The {@code <linux/audit.h>} and {@code <linux/elf-em.h>} bits the values above are made of. */
  private static final class Audit {
    static final int BIT64 = 0x8000_0000;
    static final int LE = 0x4000_0000;
    static final int N32 = 0x2000_0000;
    static final int EM_386 = 3;
    static final int EM_MIPS = 8;
    static final int EM_PARISC = 15;
    static final int EM_PPC = 20;
    static final int EM_PPC64 = 21;
    static final int EM_S390 = 22;
    static final int EM_ARM = 40;
    static final int EM_X86_64 = 62;
    static final int EM_AARCH64 = 183;
    static final int EM_RISCV = 243;
  }
}
