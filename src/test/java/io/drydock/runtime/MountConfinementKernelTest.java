package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Spec;
import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CVE-2021-30465 against the real kernel: mount destinations that climb with {@code ..} or pass
 * through an absolute symlink pointing at a host directory land inside the rootfs, and the host
 * directory they aim at stays untouched.
 */
@KernelTest
class MountConfinementKernelTest {
  @TempDir Path tmp;

  @Test
  @IsolationRule("ISO-MNT-CONFINE")
  void symlinkAndDotDotDestinationsStayInsideTheRootfs() throws Exception {
    Path target1 = Files.createDirectory(tmp.resolve("host-target-1"));
    Path target2 = Files.createDirectory(tmp.resolve("host-target-2"));
    String climb = "/../../../../../.." + target2 + "/sub2";
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), List.of("sh", "-c",
        "echo inside > /escape/sub/marker && cat /escape/sub/marker && echo x > " + target2 + "/sub2/m && echo climbed"),
        s -> withMounts(s, List.of(
            new Mount("/escape/sub", "tmpfs", "tmpfs", List.of("size=1m"), null, null, null),
            new Mount(climb, "tmpfs", "tmpfs", List.of("size=1m"), null, null, null))));
    Path rootfs = bundle.resolve("rootfs");
    Files.createSymbolicLink(rootfs.resolve("escape"), target1);

    ContainerRun.Result r = ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of("confine"), bundle, tmp);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("inside\nclimbed\n");
    assertThat(entries(target1)).as("the host directory behind the symlink").isEmpty();
    assertThat(entries(target2)).as("the host directory the .. path aims at").isEmpty();
    assertThat(rootfs.resolve(target1.toString().substring(1)).resolve("sub")).isDirectory();
    assertThat(rootfs.resolve(target2.toString().substring(1)).resolve("sub2")).isDirectory();
  }

  private static Spec withMounts(Spec s, List<Mount> extra) {
    List<Mount> mounts = new ArrayList<>(s.mounts());
    mounts.addAll(extra);
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, mounts, null, null, s.linux(), null);
  }

  private static List<String> entries(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
