package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Namespace;
import io.drydock.runtime.spec.Spec;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code cgroup} mount shows the container its own cgroups, read-only: bound from the host
 * without a cgroup namespace, mounted afresh inside one (this machine's hybrid layout).
 */
@KernelTest
class CgroupMountKernelTest {
  private static final String PROBE = "echo limit=$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes);"
      + " echo procs=$(cat /sys/fs/cgroup/memory/cgroup.procs | tr '\\n' ,);"
      + " echo hier=$(ls /sys/fs/cgroup | tr '\\n' ,); echo pids=$(cat /sys/fs/cgroup/pids/pids.max);"
      + " echo children=$(ls /sys/fs/cgroup/memory | grep -c -v '^memory\\.\\|^cgroup\\.\\|^notify\\|^tasks\\|^release');"
      + " mkdir /sys/fs/cgroup/memory/x 2>/dev/null && echo write=yes || echo write=no;"
      + " touch /sys/fs/cgroup/x 2>/dev/null && echo tmpfs=rw || echo tmpfs=ro";
  @TempDir Path tmp;

  @BeforeEach
  void hybrid() {
    Requirements.require("kernel", Files.isRegularFile(Path.of("/sys/fs/cgroup/memory/memory.limit_in_bytes"))
        ? Optional.empty() : Optional.of("needs the v1 memory hierarchy at /sys/fs/cgroup/memory"));
  }

  private ContainerRun.Result run(String name, boolean cgroupns) throws Exception {
    UnaryOperator<Spec> edit = s -> {
      Spec limited = SpecEdits.resources(s, SpecEdits.memoryAndPids(64L << 20, 50L));
      if (!cgroupns) {
        return limited;
      }
      Linux l = limited.linux();
      List<Namespace> ns = new ArrayList<>(l.namespaces());
      ns.add(new Namespace("cgroup", null, null));
      return SpecEdits.withNamespaces(limited, ns);
    };
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve(name)), List.of("sh", "-c", PROBE), edit);
    return ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of(name + "-" + ProcessHandle.current().pid()),
        bundle, tmp);
  }

  @Test
  void withoutACgroupNamespaceTheContainersOwnCgroupsAreBoundReadOnly() throws Exception {
    ContainerRun.Result r = run("cgbind", false);
    assertThat(r.facts()).as(r.out() + r.err())
        .containsEntry("limit", Long.toString(64L << 20)).containsEntry("pids", "50").containsEntry("children", "0")
        .containsEntry("write", "no").containsEntry("tmpfs", "ro");
    assertThat(r.facts().get("procs")).as("the init is pid 1 of the cgroup shown").startsWith("1,");
    assertThat(r.facts().get("hier")).contains("memory,", "pids,", "devices,", "unified,");
  }

  @Test
  void inACgroupNamespaceTheHierarchiesAreMountedRootedAtTheContainersCgroup() throws Exception {
    ContainerRun.Result r = run("cgns", true);
    assertThat(r.facts()).as(r.out() + r.err())
        .containsEntry("limit", Long.toString(64L << 20)).containsEntry("pids", "50").containsEntry("children", "0")
        .containsEntry("write", "no").containsEntry("tmpfs", "ro");
    assertThat(r.facts().get("procs")).as("the init is pid 1 of the cgroup shown").startsWith("1,");
    assertThat(r.facts().get("hier")).contains("memory,", "pids,", "devices,", "unified,");
  }
}
