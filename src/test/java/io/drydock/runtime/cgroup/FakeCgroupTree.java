package io.drydock.runtime.cgroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds a fake cgroupfs in a temp directory: the hierarchy roots with the files a test needs. */
final class FakeCgroupTree {
  private final Path root;

  FakeCgroupTree(Path root) {
    this.root = root;
  }

  /** Creates {@code hostDir} (a mount point such as /sys/fs/cgroup) holding {@code files} with the given contents. */
  Path hierarchy(String hostDir, String... fileAndContent) {
    Path dir = root.resolve(hostDir.substring(1));
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < fileAndContent.length; i += 2) {
        Files.writeString(dir.resolve(fileAndContent[i]), fileAndContent[i + 1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
  /** A pure v2 host with every controller, as {@code v2-mountinfo.txt} describes; manager for drydock/c1. */
  static CgroupManager v2Host(Path temp) {
    new FakeCgroupTree(temp).hierarchy("/sys/fs/cgroup",
        "cgroup.controllers", "cpuset cpu io memory hugetlb pids\n",
        "cgroup.subtree_control", "\n",
        "cgroup.procs", "",
        "cgroup.freeze", "0\n",
        "cgroup.events", "populated 0\nfrozen 0\n",
        "memory.max", "max\n",
        "memory.swap.max", "max\n",
        "memory.low", "0\n",
        "memory.current", "",
        "memory.stat", "",
        "memory.events", "",
        "cpu.max", "max 100000\n",
        "cpu.weight", "100\n",
        "cpu.stat", "",
        "cpuset.cpus", "",
        "cpuset.mems", "",
        "pids.max", "max\n",
        "pids.current", "",
        "io.weight", "default 100\n",
        "io.max", "",
        "io.stat", "",
        "hugetlb.2MB.max", "max\n");
    return CgroupManagers.forPath(V2CgroupManagerTest.host(), CgroupFs.fake(temp), "drydock/c1");
  }

  /** A pure v1 host with co-mounted cpu,cpuacct and no swap accounting; manager for drydock/c1. */
  static CgroupManager v1Host(Path temp) {
    FakeCgroupTree tree = new FakeCgroupTree(temp);
    tree.hierarchy("/sys/fs/cgroup/cpu,cpuacct", "cgroup.procs", "", "cpu.shares", "1024\n",
        "cpu.cfs_quota_us", "-1\n", "cpu.cfs_period_us", "100000\n", "cpuacct.usage", "",
        "cpuacct.stat", "", "cpu.stat", "", "cpu.rt_period_us", "1000000\n", "cpu.rt_runtime_us", "0\n");
    tree.hierarchy("/sys/fs/cgroup/memory", "cgroup.procs", "", "memory.limit_in_bytes", "9223372036854771712\n",
        "memory.soft_limit_in_bytes", "9223372036854771712\n", "memory.usage_in_bytes", "",
        "memory.max_usage_in_bytes", "", "memory.failcnt", "", "memory.stat", "", "memory.oom_control", "",
        "memory.swappiness", "60\n");
    tree.hierarchy("/sys/fs/cgroup/freezer", "cgroup.procs", "", "freezer.state", "THAWED\n");
    tree.hierarchy("/sys/fs/cgroup/blkio", "cgroup.procs", "", "blkio.throttle.read_bps_device", "",
        "blkio.throttle.io_service_bytes_recursive", "");
    for (String name : List.of("systemd", "pids", "cpuset", "devices", "hugetlb", "net_cls,net_prio")) {
      tree.hierarchy("/sys/fs/cgroup/" + name, "cgroup.procs", "", "pids.max", "max\n", "cpuset.cpus", "0\n",
          "cpuset.mems", "0\n");
    }
    CgroupHost host = CgroupHost.from(CgroupHostTest.resource("v1-mountinfo.txt"),
        CgroupHostTest.resource("v1-cgroup.txt"), "");
    return CgroupManagers.forPath(host, CgroupFs.fake(temp), "drydock/c1");
  }

  /** This machine's hybrid layout (hugetlb only in the unified mount); manager for drydock/c1. */
  static CgroupManager hybridHost(Path temp) {
    FakeCgroupTree tree = new FakeCgroupTree(temp);
    for (String name : List.of("cpu", "cpuacct", "devices", "freezer", "blkio", "pids", "systemd")) {
      tree.hierarchy("/sys/fs/cgroup/" + name, "cgroup.procs", "", "pids.max", "max\n", "freezer.state", "THAWED\n",
          "cpu.shares", "1024\n");
    }
    tree.hierarchy("/sys/fs/cgroup/cpuset", "cgroup.procs", "", "cpuset.cpus", "0-3\n", "cpuset.mems", "0\n");
    tree.hierarchy("/sys/fs/cgroup/memory", "cgroup.procs", "", "memory.limit_in_bytes", "9223372036854771712\n");
    tree.hierarchy("/sys/fs/cgroup/unified", "cgroup.controllers", "hugetlb\n", "cgroup.subtree_control", "",
        "cgroup.procs", "", "hugetlb.2MB.max", "max\n");
    CgroupHost host = CgroupHost.from(CgroupHostTest.resource("hybrid-mountinfo.txt"),
        CgroupHostTest.resource("hybrid-cgroup.txt"), "hugetlb\n");
    return CgroupManagers.forPath(host, CgroupFs.fake(temp), "drydock/c1");
  }
}
