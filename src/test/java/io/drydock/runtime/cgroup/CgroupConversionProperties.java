package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.LongRange;

class CgroupConversionProperties {
  private static final long MIB = 1024 * 1024;

  @Property
  void sharesMapIntoTheWeightRange(@ForAll @LongRange(min = 2, max = 262_144) long shares) {
    assertThat(CgroupConversions.sharesToWeight(shares)).isBetween(1L, 10_000L);
  }

  @Property
  void sharesToWeightIsMonotonic(@ForAll @LongRange(min = 2, max = 262_144) long a,
      @ForAll @LongRange(min = 2, max = 262_144) long b) {
    long low = Math.min(a, b);
    long high = Math.max(a, b);
    assertThat(CgroupConversions.sharesToWeight(low)).isLessThanOrEqualTo(CgroupConversions.sharesToWeight(high));
  }

  @Example
  void sharesEndpointsMatchRunc() {
    assertThat(CgroupConversions.sharesToWeight(2)).isEqualTo(1);
    assertThat(CgroupConversions.sharesToWeight(262_144)).isEqualTo(10_000);
    assertThat(CgroupConversions.sharesToWeight(1024)).isEqualTo(39);
    assertThat(CgroupConversions.sharesToWeight(0)).isZero();
  }

  @Property
  void blkioWeightMapsIntoIoWeightRange(@ForAll @IntRange(min = 10, max = 1000) int weight) {
    assertThat(CgroupConversions.blkioWeightToIoWeight(weight)).isBetween(1L, 10_000L);
  }

  @Example
  void blkioEndpoints() {
    assertThat(CgroupConversions.blkioWeightToIoWeight(10)).isEqualTo(1);
    assertThat(CgroupConversions.blkioWeightToIoWeight(1000)).isEqualTo(10_000);
  }

  @Property
  void v1AndV2PlansExpressTheSameLimits(@ForAll("validResources") CgroupResources r) {
    CgroupResourceValidation.validate(r);
    Map<String, String> v1 = byFile(CgroupWritePlan.v1(r, CgroupWritePlan.UNLIMITED));
    Map<String, String> v2 = byFile(CgroupWritePlan.v2(r));

    assertThat(optional(v2, "memory.max")).isEqualTo(optional(v1, "memory.limit_in_bytes"));
    assertThat(memswFromV2(v2)).isEqualTo(optional(v1, "memory.memsw.limit_in_bytes"));
    assertThat(optional(v2, "memory.low")).isEqualTo(optional(v1, "memory.soft_limit_in_bytes"));
    assertThat(optional(v2, "cpu.weight"))
        .isEqualTo(optional(v1, "cpu.shares").map(CgroupConversions::sharesToWeight));
    assertThat(quotaFromV2(v2)).isEqualTo(optional(v1, "cpu.cfs_quota_us").filter(q -> q > 0));
    assertThat(periodFromV2(v2)).isEqualTo(optional(v1, "cpu.cfs_period_us"));
    assertThat(optional(v2, "pids.max")).isEqualTo(optional(v1, "pids.max"));
    assertThat(v2.get("cpuset.cpus")).isEqualTo(v1.get("cpuset.cpus"));
    assertThat(v2.get("cpuset.mems")).isEqualTo(v1.get("cpuset.mems"));
    assertThat(optional(v2, "io.weight"))
        .isEqualTo(optional(v1, "blkio.weight").map(CgroupConversions::blkioWeightToIoWeight));
    for (HugepageLimit h : r.hugepageLimits()) {
      assertThat(optional(v2, "hugetlb." + h.pageSize() + ".max"))
          .isEqualTo(optional(v1, "hugetlb." + h.pageSize() + ".limit_in_bytes"));
    }
  }

  @Property
  void v1MemoryWritesNeverBreakTheKernelsOrder(@ForAll("validResources") CgroupResources r,
      @ForAll @LongRange(min = 6, max = 4096) long currentMib, @ForAll boolean currentSwapUnlimited) {
    long memsw = currentSwapUnlimited ? CgroupWritePlan.UNLIMITED : currentMib * MIB * 2;
    long limit = currentMib * MIB;
    for (CgroupWrite w : CgroupWritePlan.v1(r, memsw)) {
      if (!w.file().startsWith("memory.limit_in_bytes") && !w.file().startsWith("memory.memsw")) {
        continue;
      }
      long value = Long.parseLong(w.value());
      long asKernel = value == -1 ? CgroupWritePlan.UNLIMITED : value;
      if (w.file().equals("memory.limit_in_bytes")) {
        limit = asKernel;
      } else {
        memsw = asKernel;
      }
      if (r.memorySwap().isPresent()) {
        assertThat(limit).as("after writing %s", w.file()).isLessThanOrEqualTo(memsw);
      }
    }
  }

  @Property(tries = 2000)
  void validationRejectsExactlyTheInvalidInputs(@ForAll("anyResources") CgroupResources r) {
    Optional<String> expected = expectedProblem(r);
    Statistics.collect(expected.isEmpty() ? "valid" : "invalid");
    Statistics.coverage(c -> {
      c.check("valid").percentage(p -> p > 3);
      c.check("invalid").percentage(p -> p > 30);
    });
    if (expected.isEmpty()) {
      assertThatCode(() -> CgroupResourceValidation.validate(r)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> CgroupResourceValidation.validate(r))
          .isInstanceOf(DrydockException.InvalidArgument.class);
    }
  }

  @Example
  void swapBelowMemoryUsesDockersWords() {
    CgroupResources r = CgroupResources.builder().memoryLimit(64 * MIB).memorySwap(32 * MIB).build();
    assertThatThrownBy(() -> CgroupResourceValidation.validate(r))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Minimum memoryswap limit should be larger than memory limit, see usage.");
    CgroupResources tiny = CgroupResources.builder().memoryLimit(MIB).build();
    assertThatThrownBy(() -> CgroupResourceValidation.validate(tiny))
        .hasMessage("Minimum memory limit allowed is 6MB");
  }

  /** An independent statement of the rules (not a copy of the validator's code). */
  private static Optional<String> expectedProblem(CgroupResources r) {
    long m = r.memoryLimit().orElse(0);
    long s = r.memorySwap().orElse(0);
    long res = r.memoryReservation().orElse(0);
    List<Boolean> broken = List.of(
        m < -1 || (m > 0 && m < 6 * MIB),
        s < -1 || (s > 0 && (m <= 0 || s < m)),
        res < -1 || (res > 0 && res < 6 * MIB) || (m > 0 && res > m),
        r.cpuShares().isPresent() && r.cpuShares().getAsLong() != 0
            && (r.cpuShares().getAsLong() < 2 || r.cpuShares().getAsLong() > 262_144),
        r.cpuQuota().orElse(0) < -1 || (r.cpuQuota().orElse(0) > 0 && r.cpuQuota().orElse(0) < 1000),
        r.cpuPeriod().orElse(0) != 0 && (r.cpuPeriod().orElse(0) < 1000 || r.cpuPeriod().orElse(0) > 1_000_000),
        r.cpusetCpus().map(c -> !KNOWN_GOOD_LISTS.contains(c)).orElse(false),
        r.cpusetMems().map(c -> !KNOWN_GOOD_LISTS.contains(c)).orElse(false),
        r.pidsLimit().orElse(0) < -1,
        r.blkioWeight().orElse(0) != 0 && (r.blkioWeight().orElse(0) < 10 || r.blkioWeight().orElse(0) > 1000),
        r.readBpsDevices().stream().anyMatch(t -> t.rate() < 0),
        r.hugepageLimits().stream().anyMatch(h -> !h.pageSize().equals("2MB") && !h.pageSize().equals("1GB")),
        r.memorySwappiness().isPresent() && (r.memorySwappiness().getAsLong() < 0 || r.memorySwappiness().getAsLong() > 100),
        r.cpuRtPeriod().isPresent() && r.cpuRtPeriod().getAsLong() <= 0,
        r.cpuRtRuntime().isPresent() && r.cpuRtRuntime().getAsLong() < -1);
    return broken.contains(true) ? Optional.of("invalid") : Optional.empty();
  }

  private static final List<String> KNOWN_GOOD_LISTS = List.of("0", "0-3", "0,2", "1-1", "0-1,3,5-7");

  @Provide
  Arbitrary<CgroupResources> anyResources() {
    return Builders.withBuilder(CgroupResources::builder)
        .use(Arbitraries.of(-2L, -1L, 0L, 1L, 6 * MIB - 1, 6 * MIB, 64 * MIB, 1024 * MIB)).withProbability(0.7)
        .in(CgroupResources.Builder::memoryLimit)
        .use(Arbitraries.of(-2L, -1L, 0L, 6 * MIB, 32 * MIB, 64 * MIB, 2048 * MIB)).withProbability(0.5)
        .in(CgroupResources.Builder::memorySwap)
        .use(Arbitraries.of(-2L, -1L, 0L, MIB, 6 * MIB, 64 * MIB, 4096 * MIB)).withProbability(0.3)
        .in(CgroupResources.Builder::memoryReservation)
        .use(Arbitraries.of(-1L, 0L, 1L, 2L, 1024L, 262_144L, 262_145L)).withProbability(0.4)
        .in(CgroupResources.Builder::cpuShares)
        .use(Arbitraries.of(-2L, -1L, 0L, 999L, 1000L, 50_000L)).withProbability(0.4)
        .in(CgroupResources.Builder::cpuQuota)
        .use(Arbitraries.of(-1L, 0L, 999L, 1000L, 100_000L, 1_000_000L, 1_000_001L)).withProbability(0.4)
        .in(CgroupResources.Builder::cpuPeriod)
        .use(cpuLists()).withProbability(0.3).in(CgroupResources.Builder::cpusetCpus)
        .use(cpuLists()).withProbability(0.2).in(CgroupResources.Builder::cpusetMems)
        .use(Arbitraries.of(-2L, -1L, 0L, 1L, 100L)).withProbability(0.3).in(CgroupResources.Builder::pidsLimit)
        .use(Arbitraries.of(-1, 0, 9, 10, 500, 1000, 1001)).withProbability(0.3)
        .in(CgroupResources.Builder::blkioWeight)
        .use(Arbitraries.of(-1L, 0L, 1_048_576L).map(rate -> List.of(new DeviceThrottle(8, 0, rate))))
        .withProbability(0.2).in(CgroupResources.Builder::readBpsDevices)
        .use(Arbitraries.of("2MB", "1GB", "2M", "0KB", "huge").map(size -> List.of(new HugepageLimit(size, 0))))
        .withProbability(0.2).in(CgroupResources.Builder::hugepageLimits)
        .use(Arbitraries.of(-2L, -1L, 0L, 60L, 100L, 101L)).withProbability(0.2).in(CgroupResources.Builder::memorySwappiness)
        .use(Arbitraries.of(-1L, 0L, 1L, 1_000_000L)).withProbability(0.2).in(CgroupResources.Builder::cpuRtPeriod)
        .use(Arbitraries.of(-2L, -1L, 0L, 950_000L)).withProbability(0.2).in(CgroupResources.Builder::cpuRtRuntime)
        .build(CgroupResources.Builder::build);
  }

  private static Arbitrary<String> cpuLists() {
    return Arbitraries.of("0", "0-3", "0,2", "1-1", "0-1,3,5-7", "3-1", "a", "0-", "1,,2", " 0", "0,", "-1");
  }

  @Provide
  Arbitrary<CgroupResources> validResources() {
    Arbitrary<Long> memory = Arbitraries.longs().between(6, 8192).map(m -> m * MIB);
    return Builders.withBuilder(CgroupResources::builder)
        .use(memory).withProbability(0.8).in(CgroupResources.Builder::memoryLimit)
        .use(Arbitraries.of(-1L)).withProbability(0.1).in(CgroupResources.Builder::memoryLimit)
        .use(Arbitraries.longs().between(6, 8192).map(m -> m * MIB)).withProbability(0.3)
        .in(CgroupResources.Builder::memoryReservation)
        .use(Arbitraries.longs().between(2, 262_144)).withProbability(0.5).in(CgroupResources.Builder::cpuShares)
        .use(Arbitraries.oneOf(Arbitraries.just(-1L), Arbitraries.longs().between(1000, 2_000_000)))
        .withProbability(0.5).in(CgroupResources.Builder::cpuQuota)
        .use(Arbitraries.longs().between(1000, 1_000_000)).withProbability(0.5).in(CgroupResources.Builder::cpuPeriod)
        .use(Arbitraries.of("0", "0-1", "0,1")).withProbability(0.3).in(CgroupResources.Builder::cpusetCpus)
        .use(Arbitraries.of("0")).withProbability(0.3).in(CgroupResources.Builder::cpusetMems)
        .use(Arbitraries.oneOf(Arbitraries.just(-1L), Arbitraries.longs().between(1, 100_000)))
        .withProbability(0.5).in(CgroupResources.Builder::pidsLimit)
        .use(Arbitraries.integers().between(10, 1000)).withProbability(0.4).in(CgroupResources.Builder::blkioWeight)
        .use(Arbitraries.longs().between(-1, 1L << 40).map(l -> List.of(new HugepageLimit("2MB", l))))
        .withProbability(0.3).in(CgroupResources.Builder::hugepageLimits)
        .build(b -> withConsistentMemory(b.build()));
  }

  /** Adds a swap (unlimited, or memory plus some) and drops a reservation above the limit. */
  private static CgroupResources withConsistentMemory(CgroupResources r) {
    CgroupResources.Builder b = r.toBuilder();
    long memory = r.memoryLimit().orElse(0);
    long hash = Math.abs(r.hashCode() % 4);
    if (memory > 0 && hash == 1) {
      b.memorySwap(memory + hash * 64 * MIB);
    } else if (memory > 0 && hash == 2) {
      b.memorySwap(memory);
    } else if (hash == 3) {
      b.memorySwap(-1);
    }
    if (memory > 0 && r.memoryReservation().orElse(0) > memory) {
      b.memoryReservation(memory);
    }
    return b.build();
  }

  private static Map<String, String> byFile(List<CgroupWrite> writes) {
    Map<String, String> values = new HashMap<>();
    for (CgroupWrite w : writes) {
      values.merge(w.file(), w.value(), (a, b) -> a + "\n" + b);
    }
    return values;
  }

  private static Optional<Long> optional(Map<String, String> values, String file) {
    return Optional.ofNullable(values.get(file)).map(StatFiles::number);
  }

  private static Optional<Long> memswFromV2(Map<String, String> v2) {
    Optional<Long> swap = optional(v2, "memory.swap.max");
    if (swap.isEmpty()) {
      return Optional.empty();
    }
    if (swap.get() == -1) {
      return Optional.of(-1L);
    }
    return Optional.of(swap.get() + optional(v2, "memory.max").orElseThrow());
  }

  private static Optional<Long> quotaFromV2(Map<String, String> v2) {
    return Optional.ofNullable(v2.get("cpu.max")).map(s -> s.split(" ")[0]).filter(q -> !q.equals("max"))
        .map(Long::parseLong);
  }

  private static Optional<Long> periodFromV2(Map<String, String> v2) {
    return Optional.ofNullable(v2.get("cpu.max")).map(s -> s.split(" ")).filter(p -> p.length == 2)
        .map(p -> Long.parseLong(p[1]));
  }
}
