package io.drydock.runtime.cgroup.bpf;

/**
 * Devices excepted from a {@link DeviceFilter}'s default: a type ({@code 'c'} or {@code 'b'}), a
 * major and minor number ({@link #ANY} for every number) and the access bits it concerns, in the
 * kernel's encoding ({@link #MKNOD}, {@link #READ}, {@link #WRITE}, as in {@code BPF_DEVCG_ACC_*}
 * and v1's {@code ACC_*}).
 */
public record DeviceMatch(char type, long major, long minor, int access) {
  public static final long ANY = -1;
  public static final int MKNOD = 1;
  public static final int READ = 2;
  public static final int WRITE = 4;
  public static final int ALL = MKNOD | READ | WRITE;

  public DeviceMatch {
    if (type != 'c' && type != 'b') {
      throw new IllegalArgumentException("device type must be c or b, not " + type);
    }
    checkNumber(major);
    checkNumber(minor);
    if (access <= 0 || (access & ~ALL) != 0) {
      throw new IllegalArgumentException("device access bits must be a non-empty subset of mrw, not " + access);
    }
  }

  /** Device numbers the program can compare as a signed 32-bit immediate. */
  private static void checkNumber(long n) {
    if (n != ANY && (n < 0 || n > Integer.MAX_VALUE)) {
      throw new IllegalArgumentException("device number " + n + " is out of range");
    }
  }

  /** The bits of {@code access}, a subset of "rwm" in any order. */
  public static int bits(String access) {
    int bits = 0;
    for (char c : access.toCharArray()) {
      bits |= switch (c) {
        case 'm' -> MKNOD;
        case 'r' -> READ;
        case 'w' -> WRITE;
        default -> throw new IllegalArgumentException("unknown device access \"" + c + "\" in " + access);
      };
    }
    return bits;
  }
}
