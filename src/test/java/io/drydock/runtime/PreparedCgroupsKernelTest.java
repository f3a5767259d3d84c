package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cgroup made ahead of a create ({@link LinuxRuntime#expectCreate}) is the one the container
 * runs in when its config asks for the same cgroup, is replaced when it asks for other limits,
 * and is removed when no create comes; nothing of it is left in any hierarchy.
 */
@KernelTest
class PreparedCgroupsKernelTest {
  private static final Path V1 = Path.of("/sys/fs/cgroup");
  @TempDir Path tmp;
  private LinuxRuntime rt;
  private final String id = "ahead-" + ProcessHandle.current().pid();

  @BeforeEach
  void setUp() {
    Requirements.require("kernel", Files.isRegularFile(V1.resolve("pids/cgroup.procs"))
        ? Optional.empty() : Optional.of("needs the v1 pids controller at /sys/fs/cgroup/pids (this machine's hybrid layout)"));
    rt = new LinuxRuntime(tmp.resolve("root"));
  }

  @AfterEach
  void nothingLeft() throws IOException {
    for (var s : rt.list()) {
      rt.delete(RuntimeId.of(s.id()), true);
    }
    assertThat(cgroupDirs()).isEmpty();
  }

  @Test
  void aCreateWithTheSameCgroupRunsInTheOneMadeAhead() throws Exception {
    Path bundle = bundle(s -> SpecEdits.resources(s, SpecEdits.memoryAndPids(null, 64L)));
    CreateAhead ahead = rt.expectCreate(RuntimeId.of(id), linuxOf(bundle));
    try {
      Object madeAhead = inodeOnceMade();
      create(bundle);
      assertThat(Files.getAttribute(pidsDir(), "unix:ino")).isEqualTo(madeAhead);
    } finally {
      ahead.close();
    }
    assertThat(Files.readString(pidsDir().resolve("pids.max")).trim()).isEqualTo("64");
    rt.delete(RuntimeId.of(id), true);
    assertThat(cgroupDirs()).isEmpty();
  }

  @Test
  void aCreateWithOtherLimitsGetsACgroupOfItsOwn() throws Exception {
    Path bundle = bundle(s -> SpecEdits.resources(s, SpecEdits.memoryAndPids(null, 100L)));
    Linux other = SpecEdits.resources(SpecCodec.read(bundle.resolve("config.json")), SpecEdits.memoryAndPids(null, 50L)).linux();
    CreateAhead ahead = rt.expectCreate(RuntimeId.of(id), other);
    try {
      Object madeAhead = inodeOnceMade();
      assertThat(Files.readString(pidsDir().resolve("pids.max")).trim()).isEqualTo("50");
      create(bundle);
      assertThat(Files.getAttribute(pidsDir(), "unix:ino")).isNotEqualTo(madeAhead);
    } finally {
      ahead.close();
    }
    assertThat(Files.readString(pidsDir().resolve("pids.max")).trim()).isEqualTo("100");
  }

  /**
   * The plan is compiled before an announced cgroup is taken (the compile overlaps the cgroup's
   * making): a config the compiler refuses takes none, and the announcement's close removes it.
   */
  @Test
  void aConfigTheCompilerRefusesLeavesTheAnnouncedCgroupToItsAnnouncement() throws Exception {
    Path bundle = bundle(s -> SpecEdits.withSysctl(s, java.util.Map.of("vm.swappiness", "10")));
    CreateAhead ahead = rt.expectCreate(RuntimeId.of(id), linuxOf(bundle));
    try {
      inodeOnceMade();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> create(bundle))
          .isInstanceOf(io.drydock.common.DrydockException.class).hasMessageContaining("vm.swappiness");
      assertThat(rt.list()).isEmpty();
      assertThat(cgroupDirs()).hasSizeGreaterThan(1);
    } finally {
      ahead.close();
    }
    assertThat(cgroupDirs()).isEmpty();
  }

  @Test
  void closingWithoutACreateRemovesTheCgroupFromEveryHierarchy() throws Exception {
    Path bundle = bundle(UnaryOperator.identity());
    CreateAhead ahead = rt.expectCreate(RuntimeId.of(id), linuxOf(bundle));
    inodeOnceMade();
    assertThat(cgroupDirs()).hasSizeGreaterThan(1);
    ahead.close();
    assertThat(cgroupDirs()).isEmpty();
  }

  @Test
  void aCgroupPathTheCreateWouldRefuseIsNotMadeAhead() throws Exception {
    Spec spec = SpecCodec.read(bundle(UnaryOperator.identity()).resolve("config.json"));
    Linux l = spec.linux();
    Linux bad = new Linux(l.namespaces(), l.uidMappings(), l.gidMappings(), l.timeOffsets(), l.devices(), "drydock/../escape",
        l.resources(), l.rootfsPropagation(), l.seccomp(), l.sysctl(), l.maskedPaths(), l.readonlyPaths(), l.mountLabel(),
        l.intelRdt(), l.personality(), l.unknown());
    CreateAhead ahead = rt.expectCreate(RuntimeId.of(id), bad);
    ahead.close();
    assertThat(ahead).isSameAs(CreateAhead.NONE);
    assertThat(Files.exists(V1.resolve("pids/escape"))).isFalse();
  }

  private Path bundle(UnaryOperator<Spec> edit) throws IOException {
    return BusyboxBundle.create(Files.createDirectories(tmp.resolve("b")), List.of("true"), edit);
  }

  private static Linux linuxOf(Path bundle) {
    return SpecCodec.read(bundle.resolve("config.json")).linux();
  }

  private void create(Path bundle) {
    rt.create(RuntimeId.of(id), bundle, CreateOptions.defaults().withStdio(
        new HelperSession.Stdio(Redirect.PIPE, Redirect.DISCARD, Redirect.DISCARD)));
  }

  private Path pidsDir() {
    return V1.resolve("pids/drydock").resolve(id);
  }

  private Object inodeOnceMade() throws Exception {
    assertThat(rt.preparedCgroups().awaitMade(RuntimeId.of(id))).isPresent();
    return Files.getAttribute(pidsDir(), "unix:ino");
  }

  private List<Path> cgroupDirs() throws IOException {
    try (Stream<Path> hierarchies = Files.list(V1)) {
      return hierarchies.map(h -> h.resolve("drydock").resolve(id)).filter(Files::exists).toList();
    }
  }
}
