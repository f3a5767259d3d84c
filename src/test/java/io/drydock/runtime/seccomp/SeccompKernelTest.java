package io.drydock.runtime.seccomp;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves compiled programs work in the real kernel: {@code src/test/c/seccomp-probe.c}, built here
 * with {@code cc}, installs a program's bytes with no_new_privs and makes one system call.
 */
@KernelTest
class SeccompKernelTest {
  private static final Path PROBE_SOURCE = Path.of("src/test/c/seccomp-probe.c");
  private static final int SIGSYS_EXIT = 128 + 31;

  @TempDir Path dir;
  private Path probe;

  @BeforeEach
  void buildProbe() throws Exception {
    Optional<Path> cc = onPath("cc");
    Requirements.require("kernel", cc.isPresent() ? Optional.empty() : Optional.of("needs cc to build the seccomp probe"));
    probe = dir.resolve("seccomp-probe");
    Result built = run(List.of(cc.get().toString(), "-Wall", "-Wextra", "-Werror", "-o", probe.toString(),
        PROBE_SOURCE.toAbsolutePath().toString()));
    assertThat(built.exitCode()).as("cc: %s", built.output()).isZero();
  }

  @Test
  void deniedMkdirFailsWithEpermAndCreatesNothing() throws Exception {
    Path target = dir.resolve("denied");
    Result result = probe(denyMkdir(OptionalInt.empty(), List.of()), "mkdirat", target.toString());

    assertThat(result.output()).isEqualTo("result=1");
    assertThat(target).doesNotExist();
  }

  @Test
  void errnoRetReachesTheProcess() throws Exception {
    Result result = probe(denyMkdir(OptionalInt.of(13), List.of()), "mkdirat", dir.resolve("x").toString());

    assertThat(result.output()).isEqualTo("result=13");
  }

  @Test
  void allowedMkdirStillWorksUnderTheFilter() throws Exception {
    Path target = dir.resolve("allowed");
    SeccompProfile profile = SeccompProfile.of(SeccompAction.SCMP_ACT_ALLOW,
        List.of(SyscallRule.of(SeccompAction.SCMP_ACT_ERRNO, "rmdir")));
    Result result = probe(profile, "mkdirat", target.toString());

    assertThat(result.output()).isEqualTo("result=0");
    assertThat(target).isDirectory();
  }

  @Test
  void dockerDefaultDeniesUnshareUnlessCapSysAdmin() throws Exception {
    Arch arch = Arch.host();
    assertThat(probe(DefaultProfiles.docker(Set.of("CAP_CHOWN"), arch), "unshare", "").output()).isEqualTo("result=1");
    assertThat(probe(DefaultProfiles.docker(Set.of("CAP_SYS_ADMIN"), arch), "unshare", "").output()).isEqualTo("result=0");
  }

  @Test
  void x32SyscallIsKilledNotLetThrough() throws Exception {
    Assumptions.assumeTrue(Arch.host() == Arch.X86_64, "x32 exists only on x86_64 hosts");
    Path target = dir.resolve("x32");
    Result result = probe(denyMkdir(OptionalInt.empty(), List.of(Arch.X86_64)), "x32-mkdir", target.toString());

    assertThat(result.exitCode()).as("output: %s", result.output()).isEqualTo(SIGSYS_EXIT);
    assertThat(target).doesNotExist();
  }

  private static SeccompProfile denyMkdir(OptionalInt errno, List<Arch> arches) {
    return new SeccompProfile(SeccompAction.SCMP_ACT_ALLOW, OptionalInt.empty(), arches, Set.of(),
        List.of(new SyscallRule(List.of("mkdir", "mkdirat"), SeccompAction.SCMP_ACT_ERRNO, errno, List.of())));
  }

  private Result probe(SeccompProfile profile, String action, String arg) throws Exception {
    Path filter = Files.createTempFile(dir, "filter", ".bpf");
    Files.write(filter, SeccompCompiler.compile(profile, Arch.host()).bytes());
    List<String> command = new ArrayList<>(List.of(probe.toString(), filter.toString(), action));
    if (!arg.isEmpty()) {
      command.add(arg);
    }
    return run(command);
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out: " + command);
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return new Result(process.exitValue(), output);
    } finally {
      process.destroyForcibly();
    }
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String entry : path.split(":")) {
      Path candidate = Path.of(entry, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
