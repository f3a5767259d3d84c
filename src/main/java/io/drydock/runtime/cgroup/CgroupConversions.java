package io.drydock.runtime.cgroup;

/**
 * The v1 → v2 value conversions runc uses, so a container limited through drydock on either
 * version gets the same limits it would get from runc. The weight formulas map the v1 range
 * linearly onto v2's [1, 10000] (shares 2..262144, blkio weight 10..1000).
 */
public final class CgroupConversions {
  public static final long MIN_SHARES = 2;
  public static final long MAX_SHARES = 262_144;
  public static final int MIN_BLKIO_WEIGHT = 10;
  public static final int MAX_BLKIO_WEIGHT = 1000;

  private CgroupConversions() {}

  /** {@code cpu.shares} → {@code cpu.weight}; 0 (unset) stays 0. */
  public static long sharesToWeight(long shares) {
    if (shares == 0) {
      return 0;
    }
    return 1 + ((shares - MIN_SHARES) * 9999) / (MAX_SHARES - MIN_SHARES);
  }

  /** {@code blkio.weight} → {@code io.weight}; 0 (unset) stays 0. */
  public static long blkioWeightToIoWeight(long weight) {
    if (weight == 0) {
      return 0;
    }
    return 1 + (weight - MIN_BLKIO_WEIGHT) * 9999 / (MAX_BLKIO_WEIGHT - MIN_BLKIO_WEIGHT);
  }

  /**
   * OCI's memory+swap → v2's {@code memory.swap.max}, which counts swap alone; -1 (unlimited) stays
   * -1. Callers have validated that {@code memorySwap >= memory > 0} when the swap is a number.
   */
  public static long memorySwapToV2(long memorySwap, long memory) {
    if (memorySwap == -1) {
      return -1;
    }
    return memorySwap - memory;
  }

  /** The kernel's word for "no limit" in v2 files, or the number. */
  static String v2Limit(long value) {
    return value == -1 ? "max" : Long.toString(value);
  }
}
