package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerResources;
import io.drydock.runtime.spec.Namespace;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.SpecValidator;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OciSpecBuilderTest {
  @Test
  void defaultContainerGetsDockersCapabilitiesMasksAndNamespaces() {
    Spec s = OciSpecBuilder.build(SpecFixtures.input(HostSettings.DEFAULT, ContainerResources.NONE));
    assertThat(s.process().capabilities().bounding()).containsExactlyInAnyOrderElementsOf(Capabilities.DEFAULT);
    assertThat(s.linux().maskedPaths()).contains("/proc/kcore", "/sys/firmware");
    assertThat(s.linux().readonlyPaths()).contains("/proc/sys");
    assertThat(s.linux().namespaces()).extracting(Namespace::type).containsExactlyInAnyOrder("mount", "uts", "pid", "ipc", "network");
    assertThat(s.linux().cgroupsPath()).isEqualTo("/drydock/" + SpecFixtures.ID);
    assertThat(s.process().terminal()).isFalse();
    assertThat(s.root().path()).isEqualTo("/r/rootfs");
    assertThat(s.hostname()).isEqualTo(SpecFixtures.ID.substring(0, 12));
    assertThat(s.process().args()).containsExactly("/bin/sh", "-c", "true");
    assertThat(s.process().env()).containsExactly("PATH=/bin", "HOSTNAME=" + SpecFixtures.ID.substring(0, 12), "HOME=/");
  }

  @Test
  void theSpecIsValidForTheRuntime() {
    Spec s = OciSpecBuilder.build(SpecFixtures.input(HostSettings.DEFAULT, new ContainerResources(64L << 20, -1, 0, 500_000_000L, 512, 0, 0, "0", 100, false)));
    Spec reparsed = SpecCodec.parse(SpecCodec.write(s), "test");
    assertThat(SpecValidator.validate(reparsed)).isNotNull();
    assertThat(s.linux().resources().memory().limit()).isEqualTo(64L << 20);
    assertThat(s.linux().resources().memory().swap()).isEqualTo(-1L);
    assertThat(s.linux().resources().cpu().quota()).isEqualTo(50_000L);
    assertThat(s.linux().resources().cpu().period()).isEqualTo(100_000L);
    assertThat(s.linux().resources().cpu().shares()).isEqualTo(512L);
    assertThat(s.linux().resources().pids().limit()).isEqualTo(100L);
  }

  @Test
  void hostNetworkKeepsTheHostsNetworkNamespace() {
    Spec s = OciSpecBuilder.build(SpecFixtures.input(SpecFixtures.host(List.of(), List.of(), false, false, HostSettings.NetworkMode.HOST),
        ContainerResources.NONE));
    assertThat(s.linux().namespaces()).extracting(Namespace::type).doesNotContain("network");
  }

  private static HostSettings withModes(NamespaceModes modes, long shmSize) {
    HostSettings d = HostSettings.DEFAULT;
    return d.toBuilder().shmSize(shmSize).namespaces(modes).build();
  }

  @Test
  void hostPidUtsAndIpcLeaveTheirNamespacesOutAndAPrivateCgroupnsIsAdded() {
    Spec s = OciSpecBuilder.build(SpecFixtures.input(withModes(NamespaceModes.of("host", "host", "host", "private"), 0), ContainerResources.NONE));
    assertThat(s.linux().namespaces()).extracting(Namespace::type).containsExactlyInAnyOrder("mount", "network", "cgroup");
    assertThat(s.hostname()).as("the host's uts namespace keeps its name").isNull();
    assertThat(s.mounts()).filteredOn(m -> m.destination().equals("/dev/shm")).singleElement()
        .satisfies(m -> assertThat(m.source()).isEqualTo("/dev/shm"));
  }

  @Test
  void shmSizeSizesDevShmAndIpcNoneHasNone() {
    Spec sized = OciSpecBuilder.build(SpecFixtures.input(withModes(NamespaceModes.DEFAULT, 16L << 20), ContainerResources.NONE));
    assertThat(sized.mounts()).filteredOn(m -> m.destination().equals("/dev/shm")).singleElement()
        .satisfies(m -> assertThat(m.options()).contains("size=16777216"));
    Spec none = OciSpecBuilder.build(SpecFixtures.input(withModes(NamespaceModes.of("", "none", "", ""), 0), ContainerResources.NONE));
    assertThat(none.mounts()).noneMatch(m -> m.destination().equals("/dev/shm"));
    assertThat(none.linux().namespaces()).extracting(Namespace::type).contains("ipc");
  }

  @Test
  void aNegativeShmSizeIsRefused() {
    assertThatThrownBy(() -> withModes(NamespaceModes.DEFAULT, -1)).hasMessage("SHM size can not be less than 0");
  }

  @Test
  void joinedPidAndIpcNamespacesAreGivenByPathAndTheSharedShmIsBound() {
    SpecInput plain = SpecFixtures.input(withModes(NamespaceModes.of("container:a", "container:b", "", ""), 0), ContainerResources.NONE);
    NamespaceJoins joins = new NamespaceJoins(Optional.of(NamespaceJoins.namespaceOf(41, "pid")), Optional.of(NamespaceJoins.namespaceOf(42, "ipc")),
        Optional.of(Path.of("/d/b/mounts/shm")));
    Spec s = OciSpecBuilder.build(new SpecInput(plain.container(), plain.host(), plain.user(), plain.rootfs(), plain.etcFiles(), Optional.empty(),
        List.of(), null, null, List.of(), joins));
    assertThat(s.linux().namespaces()).filteredOn(n -> n.type().equals("pid")).singleElement()
        .satisfies(n -> assertThat(n.path()).isEqualTo("/proc/41/ns/pid"));
    assertThat(s.linux().namespaces()).filteredOn(n -> n.type().equals("ipc")).singleElement()
        .satisfies(n -> assertThat(n.path()).isEqualTo("/proc/42/ns/ipc"));
    assertThat(s.mounts()).filteredOn(m -> m.destination().equals("/dev/shm")).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo("bind");
      assertThat(m.source()).isEqualTo("/d/b/mounts/shm");
    });
    Spec own = OciSpecBuilder.build(plain);
    assertThat(own.linux().namespaces()).filteredOn(n -> n.type().equals("pid") || n.type().equals("ipc")).allSatisfy(n -> assertThat(n.path()).isNull());
  }

  @Test
  void unknownPidAndUtsModesGiveNamespacesOfTheirOwnAsInDockerd() {
    Spec s = OciSpecBuilder.build(SpecFixtures.input(withModes(NamespaceModes.of("Host", "", "private", "").checked(), 0), ContainerResources.NONE));
    assertThat(s.linux().namespaces()).extracting(Namespace::type).contains("pid", "uts", "ipc");
  }

  @Test
  void tmpfsAndUlimitsAndNoNewPrivileges() {
    HostSettings h = HostSettings.builder().noNewPrivileges(true).tmpfs(Map.of("/run", "size=1m"))
        .ulimits(List.of(new HostSettings.Ulimit("nofile", 100, 200))).networkMode(HostSettings.NetworkMode.NONE).build();
    Spec s = OciSpecBuilder.build(SpecFixtures.input(h, ContainerResources.NONE));
    assertThat(s.process().noNewPrivileges()).isTrue();
    assertThat(s.mounts()).anySatisfy(m -> {
      assertThat(m.destination()).isEqualTo("/run");
      assertThat(m.type()).isEqualTo("tmpfs");
      assertThat(m.options()).contains("size=1m");
    });
    assertThat(s.process().rlimits()).singleElement().satisfies(r -> {
      assertThat(r.type()).isEqualTo("RLIMIT_NOFILE");
      assertThat(r.soft()).isEqualTo(100L);
      assertThat(r.hard()).isEqualTo(200L);
    });
  }

  @Test
  void aHomeInTheContainersEnvIsKept() {
    var c = SpecFixtures.container(SpecFixtures.config(List.of("HOME=/data"), false), ContainerResources.NONE);
    Spec s = OciSpecBuilder.build(new SpecInput(c, HostSettings.DEFAULT, new ResolvedUser(0, 0, List.of(0L), "/root"), Path.of("/x"), Map.of()));
    assertThat(s.process().env()).contains("HOME=/data").doesNotContain("HOME=/root");
  }

  @Test
  void ttyAddsTermAndContainerEnvOverridesByKey() {
    var c = SpecFixtures.container(SpecFixtures.config(List.of("TERM=dumb", "A=1"), true), ContainerResources.NONE);
    Spec s = OciSpecBuilder.build(new SpecInput(c, HostSettings.DEFAULT, new ResolvedUser(1000, 100, List.of(10L), "/home/u"), Path.of("/x"), Map.of()));
    assertThat(s.process().env()).containsExactly(OciSpecBuilder.DEFAULT_PATH, "HOSTNAME=" + SpecFixtures.ID.substring(0, 12), "TERM=dumb", "A=1", "HOME=/home/u");
    assertThat(s.process().user().uid()).isEqualTo(1000L);
    assertThat(s.process().user().gid()).isEqualTo(100L);
    assertThat(s.process().user().additionalGids()).containsExactly(10L);
  }

  @Test
  void unknownCapabilitiesAreRefused() {
    assertThatThrownBy(() -> Capabilities.effective(List.of("nope"), List.of(), false))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("invalid CapAdd: unknown capability: \"CAP_NOPE\"");
    assertThatThrownBy(() -> Capabilities.effective(List.of("chown"), List.of("CAP_ALL"), false))
        .hasMessage("invalid CapDrop: unknown capability: \"CAP_ALL\"");
    assertThatThrownBy(() -> Capabilities.effective(List.of(" chown"), List.of(), false))
        .hasMessage("invalid CapAdd: unknown capability: \"CAP_ CHOWN\"");
    assertThatThrownBy(() -> Capabilities.effective(List.of(""), List.of(), false)).hasMessage("invalid CapAdd: unknown capability: \"CAP_\"");
  }

  @Test
  void envMergeReplacesInPlaceAppendsAndUnsets() {
    assertThat(EnvMerge.merge(List.of("A=1", "B=2", "C=3"), List.of("B=x", "D=4", "C"))).containsExactly("A=1", "B=x", "D=4");
  }
}
