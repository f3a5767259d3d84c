package io.drydock.runtime.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the kernel says about one process, as values: everything {@link RuleEvaluator} needs and
 * nothing it has to read itself. Built from recorded texts in tests, by {@link AuditFactsReader}
 * from /proc and cgroupfs in production.
 *
 * @param reference what the namespaces were compared with ({@code pid 1}, or the auditor itself
 *     when pid 1's links cannot be read)
 * @param namespaces namespace type ({@code pid}, {@code mnt}, ...) to inode; an unreadable one is absent
 * @param rootIsHostRoot whether {@code /proc/<pid>/root} is the reference's root directory
 * @param cwdInsideRoot whether the cwd lies below the process's root (CVE-2024-21626)
 * @param fds open fd number to its link target
 * @param cgroupPaths the process's cgroup per v1 controller, {@code ""} for v2
 * @param auditorCgroupPaths the auditor's own, in the same form: a container must not share them
 * @param cgroupValues limits read from cgroupfs, keyed {@code memory}, {@code pids}, {@code cpu.quota},
 *     {@code cpu.shares} (v1 file content, or v2 content converted to the v1 spelling of "no limit": {@code max})
 * @param openFilesHard the process's hard limit on open files ({@code -1}: unlimited)
 * @param referenceOpenFilesHard the auditor's own hard limit on open files
 * @param devNodes names of the device nodes directly in the process's /dev
 * @param presentPaths which of the audited masked and read-only paths exist in the process's view
 */
public record AuditFacts(
    int pid,
    String reference,
    Map<String, Long> namespaces,
    Map<String, Long> referenceNamespaces,
    ProcStatus status,
    List<MountEntry> mounts,
    boolean rootIsHostRoot,
    boolean cwdInsideRoot,
    Map<Integer, String> fds,
    Map<String, String> cgroupPaths,
    Map<String, String> auditorCgroupPaths,
    Map<String, String> cgroupValues,
    long openFilesHard,
    long referenceOpenFilesHard,
    String uidMap,
    String gidMap,
    Set<String> devNodes,
    Set<String> presentPaths) {
  public AuditFacts {
    namespaces = Map.copyOf(namespaces);
    referenceNamespaces = Map.copyOf(referenceNamespaces);
    mounts = List.copyOf(mounts);
    fds = Map.copyOf(fds);
    cgroupPaths = Map.copyOf(cgroupPaths);
    auditorCgroupPaths = Map.copyOf(auditorCgroupPaths);
    cgroupValues = Map.copyOf(cgroupValues);
    devNodes = Set.copyOf(devNodes);
    presentPaths = Set.copyOf(presentPaths);
  }
}
