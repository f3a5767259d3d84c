package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A container cgroup on a hybrid host: v1 for every controller mounted there, the unified mount
 * only for what lives in it (here hugetlb). The process joins both, as with runc, so that
 * {@code /proc/<pid>/cgroup} shows the container's path on the {@code 0::} line too; the device
 * rules are programmed on both.
 */
public final class HybridCgroupManager implements CgroupManager {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HybridCgroupManager.class);

  private final V1CgroupManager v1;
  private final V2CgroupManager v2;
  private final boolean hugetlbOnV2;
  private final CgroupFs fs;

  /** The v1 devices controller, the unified hierarchy's device program, or both. */
  @Override
  public boolean appliesDeviceRules() {
    return true;
  }

  HybridCgroupManager(CgroupFs fs, V1CgroupManager v1, V2CgroupManager v2, boolean hugetlbOnV2) {
    this.fs = fs;
    this.v1 = v1;
    this.v2 = v2;
    this.hugetlbOnV2 = hugetlbOnV2;
  }

  @Override
  public void create(CgroupResources resources) {
    CgroupResourceValidation.validate(resources);
    CgroupDirectories dirs = new CgroupDirectories(fs);
    try {
      v1.create(v1Part(resources), dirs);
      v2.create(v2Part(resources), dirs);
      deviceFilterOnUnified(resources.devices());
    } catch (RuntimeException e) {
      dirs.undo(e);
      throw e;
    }
  }

  private CgroupResources v1Part(CgroupResources resources) {
    return hugetlbOnV2 ? resources.withoutHugepages() : resources;
  }

  private CgroupResources v2Part(CgroupResources resources) {
    return hugetlbOnV2 ? resources.onlyHugepages() : CgroupResources.none();
  }

  @Override
  public List<Path> procsFiles() {
    List<Path> files = new ArrayList<>(v1.procsFiles());
    files.addAll(v2.procsFiles());
    return List.copyOf(files);
  }

  @Override
  public void addProcess(long pid) {
    v1.addProcess(pid);
    v2.addProcess(pid);
  }

  @Override
  public List<Long> pids() {
    return v1.pids();
  }

  @Override
  public void update(CgroupResources resources) {
    CgroupResourceValidation.validate(resources);
    v1.update(v1Part(resources));
    v2.update(v2Part(resources));
    deviceFilterOnUnified(resources.devices());
  }

  /**
   * The device rules as a program on the unified cgroup too: the process is in both, and the
   * kernel asks the v1 controller and the program, so both must allow. With the v1 controller
   * there the program is defence in depth and a kernel refusing it only costs a warning; without
   * it the program is the only enforcement and its failure fails the create.
   */
  private void deviceFilterOnUnified(List<DeviceAccessRule> rules) {
    if (!v1.appliesDeviceRules()) {
      v2.installDeviceFilter(rules);
      return;
    }
    try {
      v2.installDeviceFilter(rules);
    } catch (DrydockException e) {
      LOG.warn("device cgroup rules are enforced by the v1 devices controller only, not also by an eBPF"
          + " program on the unified hierarchy: {}", e.getMessage());
    }
  }

  @Override
  public CgroupStats stats() {
    return v1.stats();
  }

  @Override
  public long oomKills() {
    return v1.oomKills();
  }

  @Override
  public void freeze() {
    v1.freeze();
  }

  @Override
  public void thaw() {
    v1.thaw();
  }

  @Override
  public boolean isFrozen() {
    return v1.isFrozen();
  }

  @Override
  public void killAll(int signal) {
    v1.killAll(signal);
  }

  @Override
  public void destroy() {
    RuntimeException failure = null;
    try {
      v1.destroy();
    } catch (RuntimeException e) {
      failure = e;
    }
    try {
      v2.destroy();
    } catch (RuntimeException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public boolean exists() {
    return v1.exists() || v2.exists();
  }
}
