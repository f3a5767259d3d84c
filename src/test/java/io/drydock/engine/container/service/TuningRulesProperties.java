package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.BlockIo;
import io.drydock.engine.container.ResourceTuning;
import io.drydock.engine.system.TuningSupport;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * dockerd 20.10's checks of the finer resource settings, as it answered them on this machine (v1
 * with memory.swappiness, memory.kmem.*, blkio throttles but no blkio.weight, cpu.rt_*, node 0).
 */
class TuningRulesProperties {
  static final TuningSupport THIS_HOST = new TuningSupport(true, true, true, false, false, true, true, true, true, true, "0");
  static final TuningSupport V2_WITH_IO = new TuningSupport(false, false, false, true, true, true, true, true, true, false, "0");

  private static final long MIB = 1024 * 1024;

  private static ResourceTuning swappiness(long s) {
    return ResourceTuning.NONE.withMemorySwappiness(s);
  }

  private static ResourceTuning weight(int w) {
    return ResourceTuning.NONE.withBlockIo(BlockIo.NONE.withWeight(w));
  }

  @Property
  void swappinessIsKeptExactlyWithinZeroToHundred(@ForAll @LongRange(min = -1000, max = 1000) long s) {
    if (s >= 0 && s <= 100) {
      TuningRules.Decision d = TuningRules.decide(swappiness(s), THIS_HOST);
      assertThat(d.kept().memorySwappiness()).isEqualTo(s);
      assertThat(d.warnings(List.of())).isEmpty();
    } else {
      assertThatThrownBy(() -> TuningRules.decide(swappiness(s), THIS_HOST)).isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessage("Invalid value: " + s + ", valid memory swappiness range is 0-100");
    }
  }

  @Property
  void withoutTheFileAnySwappinessIsDiscardedBeforeItsRangeIsChecked(@ForAll @LongRange(min = -1000, max = 1000) long s) {
    TuningRules.Decision d = TuningRules.decide(swappiness(s), V2_WITH_IO);
    assertThat(d.kept().memorySwappiness()).isNull();
    assertThat(d.warnings(List.of())).containsExactly(TuningRules.SWAPPINESS_DISCARDED);
  }

  @Property
  void withoutBlkioWeightAnyWeightIsDiscardedWithTheWarningBeforeTheRangeCheck(@ForAll @IntRange(min = 1, max = 65_535) int w) {
    TuningRules.Decision d = TuningRules.decide(weight(w), THIS_HOST);
    assertThat(d.kept().blockIo().weight()).isZero();
    assertThat(d.warnings(List.of())).containsExactly(TuningRules.WEIGHT_DISCARDED);
  }

  @Property
  void whereTheHostHasItTheWeightMustBeTenToThousand(@ForAll @IntRange(min = 1, max = 65_535) int w) {
    if (w >= 10 && w <= 1000) {
      assertThat(TuningRules.decide(weight(w), V2_WITH_IO).kept().blockIo().weight()).isEqualTo(w);
    } else {
      assertThatThrownBy(() -> TuningRules.decide(weight(w), V2_WITH_IO)).hasMessage("Range of blkio weight is from 10 to 1000");
    }
  }

  @Property
  void kernelMemoryBelowSixMibIsRefusedAboveItKeptWithTheDeprecationWarning(@ForAll @LongRange(min = 1, max = 64 * 1024 * 1024) long k) {
    ResourceTuning asked = ResourceTuning.NONE.withKernelMemory(k, 0);
    if (k < 6 * MIB) {
      assertThatThrownBy(() -> TuningRules.decide(asked, THIS_HOST)).hasMessage("Minimum kernel memory limit allowed is 6MB");
    } else {
      TuningRules.Decision d = TuningRules.decide(asked, THIS_HOST);
      assertThat(d.kept().kernelMemory()).isEqualTo(k);
      assertThat(d.warnings(List.of())).containsExactly(TuningRules.KERNEL_MEMORY_DEPRECATED);
    }
  }

  @Property
  void theRealtimeRunTimeMayNotExceedThePeriod(@ForAll @LongRange(min = 1, max = 2_000_000) long period,
      @ForAll @LongRange(min = 1, max = 2_000_000) long runtime) {
    ResourceTuning asked = new ResourceTuning(null, 0, 0, "", period, runtime, BlockIo.NONE);
    if (runtime > period) {
      assertThatThrownBy(() -> TuningRules.checkRealtime(asked, THIS_HOST))
          .hasMessage("cpu real-time runtime cannot be higher than cpu real-time period");
    } else {
      assertThatCode(() -> TuningRules.checkRealtime(asked, THIS_HOST)).doesNotThrowAnyException();
    }
  }

  @Example
  void aRealtimeSettingWithoutTheKernelsSchedulerIsRefused() {
    assertThatThrownBy(() -> TuningRules.checkRealtime(new ResourceTuning(null, 0, 0, "", 0, 10, BlockIo.NONE), V2_WITH_IO))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("Your kernel does not support CPU real-time scheduler");
    assertThatCode(() -> TuningRules.checkRealtime(ResourceTuning.NONE, V2_WITH_IO)).doesNotThrowAnyException();
  }

  @Example
  void memoryNodesAreCheckedAgainstTheHostsInDockerdsWords() {
    ResourceTuning one = new ResourceTuning(null, 0, 0, "1", 0, 0, BlockIo.NONE);
    assertThatThrownBy(() -> TuningRules.decide(one, THIS_HOST))
        .hasMessage("Requested memory nodes are not available - requested 1, available: 0");
    ResourceTuning bad = new ResourceTuning(null, 0, 0, "x", 0, 0, BlockIo.NONE);
    assertThatThrownBy(() -> TuningRules.decide(bad, THIS_HOST)).hasMessage("Invalid value x for cpuset mems: invalid format: x");
    assertThat(TuningRules.decide(new ResourceTuning(null, 0, 0, "0,0", 0, 0, BlockIo.NONE), THIS_HOST).kept().cpusetMems()).isEqualTo("0,0");
  }

  @Example
  void discardedDeviceListsBecomeEmptyNotNoneAndUnsentOnesStayNone() {
    List<BlockIo.Throttle> one = List.of(new BlockIo.Throttle("/dev/vda", 1));
    BlockIo io = new BlockIo(0, List.of(new BlockIo.WeightDevice("/dev/vda", 500)), one, null, one, one);
    TuningRules.Decision here = TuningRules.decide(ResourceTuning.NONE.withBlockIo(io), THIS_HOST);
    assertThat(here.kept().blockIo().weightDevice()).isEmpty();
    assertThat(here.kept().blockIo().readBps()).isEqualTo(one);
    assertThat(here.kept().blockIo().writeBps()).isNull();
    assertThat(here.warnings(List.of())).containsExactly(TuningRules.WEIGHT_DEVICE_DISCARDED);
    TuningSupport noThrottles = new TuningSupport(true, true, true, true, true, false, false, false, false, true, "0");
    TuningRules.Decision bare = TuningRules.decide(ResourceTuning.NONE.withBlockIo(io), noThrottles);
    assertThat(bare.kept().blockIo().throttles()).allMatch(List::isEmpty);
    assertThat(bare.kept().blockIo().writeBps()).as("not sent: still none").isNull();
    assertThat(bare.warnings(List.of())).containsExactly(TuningRules.THROTTLES_DISCARDED.get(0), TuningRules.THROTTLES_DISCARDED.get(2),
        TuningRules.THROTTLES_DISCARDED.get(3));
  }

  @Example
  void theWarningsComeInDockerdsOrderAroundTheOomKillersAndTcpMemoryIsDiscardedWhereUnsupported() {
    ResourceTuning asked = new ResourceTuning(null, 20 * MIB, 4 * MIB, "", 0, 0, BlockIo.NONE.withWeight(500));
    TuningSupport noKmem = new TuningSupport(true, false, false, false, false, true, true, true, true, true, "0");
    TuningRules.Decision d = TuningRules.decide(asked, noKmem);
    assertThat(d.kept().kernelMemory()).isZero();
    assertThat(d.kept().kernelMemoryTcp()).isZero();
    assertThat(d.warnings(List.of("oom"))).containsExactly(TuningRules.KERNEL_MEMORY_DEPRECATED, TuningRules.KERNEL_MEMORY_DISCARDED,
        TuningRules.KERNEL_TCP_DISCARDED, "oom", TuningRules.WEIGHT_DISCARDED);
  }
}
