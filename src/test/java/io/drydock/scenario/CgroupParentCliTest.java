package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code drydock daemon --cgroup-parent}, as dockerd's: every container's cgroup is made under
 * the given parent (here a nested one), the container's processes are in it, and removing the
 * container removes its cgroup. The parent itself stays, like dockerd's {@code /docker}; the test
 * removes it afterwards.
 */
@ScenarioTest
class CgroupParentCliTest {
  private final String parent = "dd-cgp-" + UUID.randomUUID().toString().substring(0, 8) + "/nested";
  private DockerCli cli;

  @AfterEach
  void cleanUp() throws IOException {
    CliDaemon.stop(cli);
    String top = parent.substring(0, parent.indexOf('/'));
    try (Stream<Path> hierarchies = Files.list(Path.of("/sys/fs/cgroup"))) {
      for (Path h : hierarchies.toList()) {
        Path dir = h.resolve(top);
        if (Files.isDirectory(dir)) {
          List<Path> dirs = new ArrayList<>();
          try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).forEach(dirs::add);
          }
          for (Path d : dirs) {
            Files.delete(d);
          }
        }
      }
    }
  }

  @Test
  void containersGetTheirCgroupUnderTheDaemonsParent() throws Exception {
    cli = CliDaemon.start("drydock-cgroup-parent", true, "--cgroup-parent", "/" + parent);
    CommandResult run = cli.run("run", "-d", "--name", "cgp", "busybox", "sleep", "60");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    String id = run.stdout().trim();
    String pid = cli.run("inspect", "-f", "{{.State.Pid}}", "cgp").stdout().trim();
    String cgroups = Files.readString(Path.of("/proc", pid, "cgroup"));
    assertThat(cgroups.lines().filter(l -> l.contains(":pids:") || l.contains(":memory:")).toList())
        .as(cgroups).hasSize(2).allMatch(l -> l.endsWith(":/" + parent + "/" + id));
    Path own = Path.of("/sys/fs/cgroup/pids", parent, id);
    assertThat(Files.readString(own.resolve("cgroup.procs")).lines()).contains(pid);

    CommandResult rm = cli.run("rm", "-f", "cgp");
    assertThat(rm.exitCode()).as(rm.stderr()).isZero();
    assertThat(own).doesNotExist();
    assertThat(Path.of("/sys/fs/cgroup/pids", parent)).isDirectory();
  }

  @Test
  void aContainersOwnCgroupParentWinsAndABadOneIsRefused() throws Exception {
    cli = CliDaemon.start("drydock-cgroup-parent-own", true, "--cgroup-parent", "/" + parent);
    String own = parent.substring(0, parent.indexOf('/')) + "/own";
    CommandResult run = cli.run("run", "-d", "--name", "cgp-own", "--cgroup-parent", "/" + own, "busybox", "sleep", "60");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    String id = run.stdout().trim();
    assertThat(cli.run("inspect", "-f", "{{.HostConfig.CgroupParent}}", "cgp-own").stdout().trim()).isEqualTo("/" + own);
    String pid = cli.run("inspect", "-f", "{{.State.Pid}}", "cgp-own").stdout().trim();
    assertThat(Files.readString(Path.of("/sys/fs/cgroup/pids", own, id, "cgroup.procs")).lines()).contains(pid);

    CommandResult bad = cli.run("run", "-d", "--name", "cgp-bad", "--cgroup-parent", "../escape", "busybox", "true");
    assertThat(bad.exitCode()).isEqualTo(125);
    assertThat(bad.stderr()).contains("invalid CgroupParent \"../escape\"");
    assertThat(cli.run("ps", "-a", "--filter", "name=cgp-bad", "-q").stdout()).as("nothing created").isBlank();
  }
}
