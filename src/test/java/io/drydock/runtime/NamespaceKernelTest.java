package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Namespace;
import io.drydock.runtime.spec.Spec;
import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Namespaces that the default config does not ask for, asked for: they are new in the real process. */
@KernelTest
class NamespaceKernelTest {
  @TempDir Path tmp;

  @Test
  @IsolationRule("ISO-NS-CGROUP")
  void aCgroupNamespaceIsNewWhenAskedAndRootsTheInitsCgroups() throws Exception {
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sh", "-c",
        "echo ns=$(readlink /proc/self/ns/cgroup); echo paths=$(cut -d: -f3 /proc/self/cgroup | sort -u | tr '\\n' ' ')"),
        s -> {
          Linux l = s.linux();
          List<Namespace> ns = new ArrayList<>(l.namespaces());
          ns.add(new Namespace("cgroup", null, null));
          return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null, new Linux(ns,
              null, null, null, null, null, null, null, null, null, l.maskedPaths(), l.readonlyPaths(), null, null, null, null), null);
        });
    ContainerRun.Result r = ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of("cgns"), bundle, tmp);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Map<String, String> f = r.facts();
    assertThat(f.get("ns")).startsWith("cgroup:[")
        .isNotEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/cgroup")).toString());
    assertThat(f.get("paths").trim()).isEqualTo("/");
  }
}
