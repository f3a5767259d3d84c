package io.drydock.runtime.seccomp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** The kernel's {@code struct seccomp_data} as a test builds it: what a filter sees of one syscall. */
record SeccompData(int nr, int arch, long instructionPointer, long[] args) {
  SeccompData {
    if (args.length != ArgCondition.MAX_ARGS) {
      throw new IllegalArgumentException("seccomp_data has 6 args, not " + args.length);
    }
    args = args.clone();
  }

  static SeccompData of(Arch arch, int nr, long... firstArgs) {
    return new SeccompData(nr, arch.auditArch(), 0, Arrays.copyOf(firstArgs, ArgCondition.MAX_ARGS));
  }

  /** The 64 bytes the filter reads, little-endian as on x86_64 and aarch64. */
  byte[] bytes() {
    ByteBuffer buffer = ByteBuffer.allocate(BpfProgram.SECCOMP_DATA_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    buffer.putInt(nr).putInt(arch).putLong(instructionPointer);
    for (long arg : args) {
      buffer.putLong(arg);
    }
    return buffer.array();
  }

  @Override
  public String toString() {
    return String.format("seccomp_data{nr=%d, arch=0x%08x, args=%s}", nr, arch, Arrays.toString(args));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeccompData d && d.nr == nr && d.arch == arch
        && d.instructionPointer == instructionPointer && Arrays.equals(d.args, args);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * nr + arch) + Arrays.hashCode(args);
  }
}
