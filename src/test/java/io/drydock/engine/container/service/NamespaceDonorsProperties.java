package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerConfig;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.ContainerState;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.container.RestartPolicy;
import io.drydock.engine.spec.HostSettings;
import io.drydock.engine.spec.NamespaceJoins;
import io.drydock.engine.spec.NamespaceModes;
import io.drydock.testing.IsolationRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * ISO-NS-JOIN's decision, for every donor state and mode: a start joins another container's pid
 * or ipc namespace only while that one runs (not restarting, with an init), an ipc one only when
 * it has a {@code /dev/shm} to share, and then exactly by {@code /proc/<its init>/ns/pid|ipc};
 * anything else is a 500 in one of dockerd 20.10's texts, and a container joining nobody takes
 * nothing from anyone.
 */
class NamespaceDonorsProperties {
  private static final String DONOR = "d0".repeat(32);
  private static final String JOINER = "a1".repeat(32);
  private final Path shmRoot;

  NamespaceDonorsProperties() throws IOException {
    shmRoot = Files.createTempDirectory("drydock-donors");
  }

  @AfterProperty
  void cleanUp() throws IOException {
    try (var paths = Files.walk(shmRoot)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property
  @IsolationRule("ISO-NS-JOIN")
  void aJoinIsGrantedOnlyToARunningDonorAndIsItsInitsNamespace(@ForAll ContainerStatus status, @ForAll("pids") long pid,
      @ForAll("donorIpc") String donorIpc, @ForAll boolean shmMounted, @ForAll("joinerModes") List<String> joiner) throws IOException {
    Path donorShm = shmRoot.resolve(DONOR);
    if (shmMounted) {
      Files.createDirectories(donorShm);
    } else {
      Files.deleteIfExists(donorShm);
    }
    Map<String, StoredContainer> all = new HashMap<>();
    all.put(DONOR, container(DONOR, status, pid, NamespaceModes.of("", donorIpc, "", "")));
    all.put("donor", all.get(DONOR));
    StoredContainer self = container(JOINER, ContainerStatus.CREATED, 0, NamespaceModes.of(joiner.get(0), joiner.get(1), "", ""));
    NamespaceDonors donors = new NamespaceDonors(ref -> Optional.ofNullable(all.get(ref))
        .orElseThrow(() -> new DrydockException.NotFound("No such container: " + ref)), c -> shmRoot.resolve(c.record().id().value()));

    boolean runs = status.isRunning() && status != ContainerStatus.RESTARTING && pid > 0;
    boolean ipcJoin = joiner.get(1).startsWith("container:");
    boolean pidJoin = joiner.get(0).startsWith("container:");
    boolean donorNamed = joiner.stream().allMatch(m -> !m.startsWith("container:") || m.equals("container:donor") || m.equals("container:" + DONOR));
    boolean shareable = donorIpc.equals("host") || donorIpc.equals("shareable") && shmMounted;
    Throwable refused = catchThrowable(() -> donors.joins(self));
    if ((ipcJoin || pidJoin) && !(donorNamed && runs && (!ipcJoin || shareable))) {
      assertThat(refused).isInstanceOf(DrydockException.SystemError.class);
      assertThat(refused.getMessage()).matches("(can't join IPC of container [^:]*: )?(No such container: .*|container " + DONOR
          + " is not running|Container " + DONOR + " is restarting, wait until the container is running|non-shareable IPC \\(hint: use IpcMode:shareable for the donor container\\)"
          + "|invalid name or ID supplied: \"\")|cannot join PID of a non running container: .*");
      return;
    }
    assertThat(refused).isNull();
    NamespaceJoins joins = donors.joins(self);
    assertThat(joins.pid()).isEqualTo(pidJoin ? Optional.of(Path.of("/proc/" + pid + "/ns/pid")) : Optional.empty());
    assertThat(joins.ipc()).isEqualTo(ipcJoin ? Optional.of(Path.of("/proc/" + pid + "/ns/ipc")) : Optional.empty());
    if (ipcJoin) {
      assertThat(joins.shm()).contains(donorIpc.equals("host") ? Path.of("/dev/shm") : donorShm);
    } else if (!joiner.get(1).equals("shareable")) {
      assertThat(joins.shm()).isEmpty();
    }
  }

  @Provide
  Arbitrary<Long> pids() {
    return Arbitraries.of(0L, 1L, 4242L);
  }

  @Provide
  Arbitrary<String> donorIpc() {
    return Arbitraries.of("", "private", "none", "shareable", "host", "foo");
  }

  @Provide
  Arbitrary<List<String>> joinerModes() {
    Arbitrary<String> pid = Arbitraries.of("", "host", "container:donor", "container:" + DONOR, "container:", "container:nosuch");
    Arbitrary<String> ipc = Arbitraries.of("", "shareable", "host", "container:donor", "container:" + DONOR, "container:", "container:nosuch");
    return net.jqwik.api.Combinators.combine(pid, ipc).as(List::of);
  }

  private static StoredContainer container(String id, ContainerStatus status, long pid, NamespaceModes modes) {
    ContainerConfig config = new ContainerConfig("true", List.of(), List.of(), "", "", "", false, false, false, Map.of(), null, null);
    ContainerState state = new ContainerState(status, pid, 0, "", null, null, false, 0);
    ContainerRecord r = new ContainerRecord(ContainerId.of(id), "/" + id.substring(0, 4), Instant.EPOCH, "busybox", "sha256:" + "cd".repeat(32),
        config, ContainerResources.NONE, RestartPolicy.NO, false, state);
    return new StoredContainer(r, HostSettings.DEFAULT.withNamespaces(modes), List.of(), List.of());
  }
}
