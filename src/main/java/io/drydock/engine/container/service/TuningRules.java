package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.BlockIo;
import io.drydock.engine.container.ResourceTuning;
import io.drydock.engine.system.TuningSupport;
import java.util.ArrayList;
import java.util.List;

/**
 * dockerd 20.10's checks of the finer resource settings ({@link ResourceTuning}), pure, in its
 * order and words: what the host cannot apply is discarded with a warning, then the values left
 * are range-checked ({@code verifyPlatformContainerResources}); the realtime checks come from its
 * body decoding ({@code runconfig.validateResources}) and so apply at create only. The same checks
 * run on an update's own values. The host facts are {@link TuningSupport}.
 */
final class TuningRules {
  static final String SWAPPINESS_DISCARDED =
      "Your kernel does not support memory swappiness capabilities or the cgroup is not mounted. Memory swappiness discarded.";
  static final String KERNEL_MEMORY_DEPRECATED = "Specifying a kernel memory limit is deprecated and will be removed in a future release.";
  static final String KERNEL_MEMORY_DISCARDED =
      "Your kernel does not support kernel memory limit capabilities or the cgroup is not mounted. Limitation discarded.";
  static final String KERNEL_TCP_DISCARDED = "Host does not support kernel TCP memory limit capabilities. Limitation discarded.";
  static final String WEIGHT_DISCARDED = "Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.";
  static final String WEIGHT_DEVICE_DISCARDED =
      "Your kernel does not support Block I/O weight_device or the cgroup is not mounted. Weight-device discarded.";
  static final List<String> THROTTLES_DISCARDED = List.of(
      "Your kernel does not support BPS Block I/O read limit or the cgroup is not mounted. Block I/O BPS read limit discarded.",
      "Your kernel does not support BPS Block I/O write limit or the cgroup is not mounted. Block I/O BPS write limit discarded.",
      "Your kernel does not support IOPS Block read limit or the cgroup is not mounted. Block I/O IOPS read limit discarded.",
      "Your kernel does not support IOPS Block write limit or the cgroup is not mounted. Block I/O IOPS write limit discarded.");
  private static final long MIN_KERNEL_MEMORY = ResourceRules.MIN_MEMORY;

  private TuningRules() {}

  /**
   * What is kept, and the warnings of the answer: {@code memoryWarnings} come before the OOM-killer
   * ones in dockerd's list, {@code blockIoWarnings} after them.
   */
  record Decision(ResourceTuning kept, List<String> memoryWarnings, List<String> blockIoWarnings) {
    /** The warnings in dockerd's order, with {@code between} (the OOM killer's) in their place. */
    List<String> warnings(List<String> between) {
      List<String> all = new ArrayList<>(memoryWarnings);
      all.addAll(between);
      all.addAll(blockIoWarnings);
      return List.copyOf(all);
    }
  }

  /**
   * The realtime checks of dockerd's body decoding, before every other check of a create (and
   * none at update). dockerd 20.10 answers them with 500 (an untyped error); drydock with 400.
   */
  static void checkRealtime(ResourceTuning asked, TuningSupport host) {
    if ((asked.cpuRealtimePeriod() != 0 || asked.cpuRealtimeRuntime() != 0) && !host.cpuRealtime()) {
      throw new DrydockException.InvalidArgument("Your kernel does not support CPU real-time scheduler");
    }
    if (asked.cpuRealtimePeriod() != 0 && asked.cpuRealtimeRuntime() != 0 && asked.cpuRealtimeRuntime() > asked.cpuRealtimePeriod()) {
      throw new DrydockException.InvalidArgument("cpu real-time runtime cannot be higher than cpu real-time period");
    }
  }

  /** The checks of a create's (or an update's own) values after the limits', with what is kept. */
  static Decision decide(ResourceTuning asked, TuningSupport host) {
    List<String> memory = new ArrayList<>();
    ResourceTuning kept = asked;
    if (kept.memorySwappiness() != null && !host.memorySwappiness()) {
      memory.add(SWAPPINESS_DISCARDED);
      kept = kept.withMemorySwappiness(null);
    }
    Long swappiness = kept.memorySwappiness();
    if (swappiness != null && (swappiness < 0 || swappiness > 100)) {
      throw new DrydockException.InvalidArgument("Invalid value: " + swappiness + ", valid memory swappiness range is 0-100");
    }
    if (kept.kernelMemory() > 0) {
      memory.add(KERNEL_MEMORY_DEPRECATED);
      if (!host.kernelMemory()) {
        memory.add(KERNEL_MEMORY_DISCARDED);
        kept = kept.withKernelMemory(0, kept.kernelMemoryTcp());
      }
    }
    if (kept.kernelMemory() > 0 && kept.kernelMemory() < MIN_KERNEL_MEMORY) {
      throw new DrydockException.InvalidArgument("Minimum kernel memory limit allowed is 6MB");
    }
    if (kept.kernelMemoryTcp() != 0 && !host.kernelMemoryTcp()) {
      memory.add(KERNEL_TCP_DISCARDED);
      kept = kept.withKernelMemory(kept.kernelMemory(), 0);
    }
    CpusetRule.checkMems(kept.cpusetMems(), host.mems());
    List<String> blockIo = new ArrayList<>();
    kept = kept.withBlockIo(blockIo(kept.blockIo(), host, blockIo));
    return new Decision(kept, List.copyOf(memory), List.copyOf(blockIo));
  }

  private static BlockIo blockIo(BlockIo asked, TuningSupport host, List<String> warnings) {
    BlockIo io = asked;
    if (io.weight() > 0 && !host.blkioWeight()) {
      warnings.add(WEIGHT_DISCARDED);
      io = io.withWeight(0);
    }
    if (io.weight() > 0 && (io.weight() < 10 || io.weight() > 1000)) {
      throw new DrydockException.InvalidArgument("Range of blkio weight is from 10 to 1000");
    }
    if (io.weightDevice() != null && !io.weightDevice().isEmpty() && !host.blkioWeightDevice()) {
      warnings.add(WEIGHT_DEVICE_DISCARDED);
      io = io.withWeightDevice(List.of());
    }
    boolean[] supported = {host.blkioReadBps(), host.blkioWriteBps(), host.blkioReadIops(), host.blkioWriteIops()};
    // null (not sent) stays null: inspect tells it from an empty list
    List<List<BlockIo.Throttle>> lists = java.util.Arrays.asList(io.readBps(), io.writeBps(), io.readIops(), io.writeIops());
    for (int i = 0; i < 4; i++) {
      if (lists.get(i) != null && !lists.get(i).isEmpty() && !supported[i]) {
        warnings.add(THROTTLES_DISCARDED.get(i));
        lists.set(i, List.of());
      }
    }
    return new BlockIo(io.weight(), io.weightDevice(), lists.get(0), lists.get(1), lists.get(2), lists.get(3));
  }
}
