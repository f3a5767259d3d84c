package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.conformance.glue.HostFactsReader;
import io.drydock.testing.Requirements;
import io.drydock.testing.ScenarioTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real docker CLI against a drydock daemon on a temp socket: it must negotiate API 1.41 and
 * render what the daemon says, with the exit codes a user sees.
 */
@ScenarioTest
class DockerCliTest {
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.bare("drydock-cli");

  @Test
  void versionShowsTheServerAtApi141() {
    CommandResult r = DAEMON.docker("version");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("Server:").containsPattern("API version:\\s+1\\.41 \\(minimum version 1\\.24\\)");
    assertThat(r.stdout()).containsPattern("Engine:\\s+Version:").containsPattern("OS/Arch:\\s+linux/");
  }

  @Test
  void infoShowsTheKernelAndCgroupDriver() {
    CommandResult r = DAEMON.docker("info");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout())
        .contains("Kernel Version: " + HostFactsReader.kernelVersion())
        .contains("Cgroup Driver: cgroupfs")
        .contains("Cgroup Version: " + HostFactsReader.cgroupVersion())
        .contains("Storage Driver: overlay2")
        .containsPattern("Containers: \\d+")
        .contains("OSType: linux");
  }

  @Test
  void systemDfListsEveryKindOfObject() {
    CommandResult r = DAEMON.docker("system", "df");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).containsPattern("TYPE\\s+TOTAL\\s+ACTIVE\\s+SIZE\\s+RECLAIMABLE")
        .containsPattern("Images\\s+\\d+")
        .contains("Containers", "Local Volumes", "Build Cache");
  }

  @Test
  void eventsWithAPastUntilEndAtOnce() {
    CommandResult r = DAEMON.docker("events", "--since", "10m", "--until", "1s");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
  }

  @Test
  void daemonErrorsReachTheUserWithExitCode1() {
    CommandResult r = DAEMON.docker("rm", "nosuch");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("Error response from daemon: No such container: nosuch");
  }

  @Test
  void imagesListsTheBuiltInHelloImage() {
    CommandResult r = DAEMON.docker("images");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).containsPattern("REPOSITORY\\s+TAG\\s+IMAGE ID").containsPattern("hello\\s+latest");
  }

  @Test
  void runRmHelloPrintsTheGreeting() {
    CommandResult r = DAEMON.docker("run", "--rm", "hello");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("Hello from drydock!");
    assertThat(DAEMON.docker("ps", "-a", "-q").stdout()).isBlank();
  }

  @Test
  void runBusyboxEchoAndExitCodes() {
    BusyboxImage.ensure(DAEMON.cli());
    CommandResult r = DAEMON.docker("run", "--rm", "busybox", "echo", "hi");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).isEqualTo("hi\n");
    CommandResult failing = DAEMON.docker("run", "--rm", "busybox", "sh", "-c", "echo oops >&2; exit 3");
    assertThat(failing.exitCode()).isEqualTo(3);
    assertThat(failing.stderr()).contains("oops");
    CommandResult missing = DAEMON.docker("run", "--rm", "busybox", "/nonexistent");
    assertThat(missing.exitCode()).isEqualTo(127);
    assertThat(missing.stderr()).contains("exec: \"/nonexistent\": stat /nonexistent: no such file or directory");
    CommandResult dir = DAEMON.docker("run", "--rm", "busybox", "/etc");
    assertThat(dir.exitCode()).isEqualTo(126);
    assertThat(dir.stderr()).contains("exec: \"/etc\": permission denied");
  }

  /** As dockerd 20.10 with runc 1.1: the path check passed, so the start succeeds and the execve's failure is the process's. */
  @Test
  void aCommandWhoseInterpreterIsMissingStartsAndSaysWhyOnItsStderr() {
    BusyboxImage.ensure(DAEMON.cli());
    CommandResult made = DAEMON.docker("run", "--name", "cli-script-maker", "busybox", "sh", "-c",
        "printf '#!/drydock-no-interpreter\\n' > /script; chmod +x /script");
    assertThat(made.exitCode()).as(made.stderr()).isZero();
    try {
      CommandResult commit = DAEMON.docker("commit", "cli-script-maker", "cli-script");
      assertThat(commit.exitCode()).as(commit.stderr()).isZero();
      CommandResult run = DAEMON.docker("run", "--name", "cli-script-run", "cli-script", "/script");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.stderr()).isEqualTo("exec /script: no such file or directory\n");
      CommandResult state = DAEMON.docker("inspect", "-f", "{{.State.ExitCode}} [{{.State.Error}}]", "cli-script-run");
      assertThat(state.stdout().trim()).isEqualTo("1 []");
    } finally {
      DAEMON.docker("rm", "-f", "cli-script-maker", "cli-script-run");
      DAEMON.docker("rmi", "cli-script");
    }
  }

  @Test
  void detachedRunLogsStopRemove() {
    BusyboxImage.ensure(DAEMON.cli());
    CommandResult run = DAEMON.docker("run", "-d", "--name", "cli-detached", "-l", "suite=cli", "busybox", "sh", "-c", "echo started; sleep 60");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    String id = run.stdout().trim();
    assertThat(id).hasSize(64);
    awaitLogs("cli-detached", "started");
    CommandResult ps = DAEMON.docker("ps", "--filter", "label=suite=cli", "--format", "{{.Names}} {{.Status}}");
    assertThat(ps.stdout()).startsWith("cli-detached Up");
    CommandResult inspect = DAEMON.docker("inspect", "-f", "{{.State.Status}} {{.Config.Labels.suite}}", "cli-detached");
    assertThat(inspect.stdout().trim()).isEqualTo("running cli");
    CommandResult exec = DAEMON.docker("exec", "cli-detached", "sh", "-c", "echo in-exec; exit 4");
    assertThat(exec.exitCode()).isEqualTo(4);
    assertThat(exec.stdout()).isEqualTo("in-exec\n");
    long plain = effectiveCaps(DAEMON.docker("exec", "cli-detached", "busybox", "grep", "CapEff", "/proc/self/status"));
    long privileged = effectiveCaps(DAEMON.docker("exec", "--privileged", "cli-detached", "busybox", "grep", "CapEff", "/proc/self/status"));
    long sysAdmin = 1L << 21;
    assertThat(plain & sysAdmin).as("a plain exec has the container's capabilities, without CAP_SYS_ADMIN").isZero();
    assertThat(privileged & sysAdmin).as("exec --privileged holds CAP_SYS_ADMIN").isNotZero();
    assertThat(privileged & plain).as("and every capability the plain exec has").isEqualTo(plain);
    CommandResult stop = DAEMON.docker("stop", "-t", "1", "cli-detached");
    assertThat(stop.exitCode()).as(stop.stderr()).isZero();
    CommandResult exited = DAEMON.docker("ps", "-a", "--filter", "status=exited", "--filter", "label=suite=cli", "--format", "{{.Names}} {{.Status}}");
    assertThat(exited.stdout()).startsWith("cli-detached Exited (137)");
    CommandResult rm = DAEMON.docker("rm", "cli-detached");
    assertThat(rm.exitCode()).as(rm.stderr()).isZero();
    assertThat(DAEMON.docker("ps", "-a", "--filter", "label=suite=cli", "-q").stdout()).isBlank();
  }

  private static long effectiveCaps(CommandResult grep) {
    assertThat(grep.exitCode()).as(grep.stderr()).isZero();
    return Long.parseUnsignedLong(grep.stdout().trim().replaceFirst("^CapEff:\\s*", ""), 16);
  }

  private static void awaitLogs(String name, String text) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      CommandResult logs = DAEMON.docker("logs", name);
      if (logs.stdout().contains(text)) {
        return;
      }
      DaemonProcess.sleep(200);
    }
    throw new AssertionError("logs of " + name + " never showed " + text);
  }

  @Test
  void saveAndLoadRoundTrip() {
    BusyboxImage.ensure(DAEMON.cli());
    assertThat(DAEMON.docker("tag", "busybox", "saved:one").exitCode()).isZero();
    Path archive = DAEMON.dir().resolve("saved.tar");
    CommandResult save = DAEMON.docker("save", "-o", archive.toString(), "saved:one");
    assertThat(save.exitCode()).as(save.stderr()).isZero();
    assertThat(DAEMON.docker("rmi", "saved:one").stdout()).contains("Untagged: saved:one");
    CommandResult load = DAEMON.docker("load", "-i", archive.toString());
    assertThat(load.exitCode()).as(load.stderr()).isZero();
    assertThat(load.stdout()).contains("Loaded image: saved:one");
    assertThat(DAEMON.docker("rmi", "saved:one").exitCode()).isZero();
  }

  @Test
  void pushAndPullThroughALocalRegistry() throws Exception {
    Requirements.require("scenario", Files.isExecutable(io.drydock.testing.LocalRegistry.BINARY) ? Optional.empty() : Optional.of("needs docker-registry"));
    BusyboxImage.ensure(DAEMON.cli());
    try (io.drydock.testing.LocalRegistry registry = io.drydock.testing.LocalRegistry.start(DAEMON.dir().resolve("registry"))) {
      String ref = registry.address() + "/cli/busybox:pushed";
      assertThat(DAEMON.docker("tag", "busybox", ref).exitCode()).isZero();
      CommandResult push = DAEMON.docker("push", ref);
      assertThat(push.exitCode()).as(push.stderr() + push.stdout()).isZero();
      assertThat(push.stdout()).contains("pushed: digest: sha256:");
      assertThat(DAEMON.docker("rmi", ref).exitCode()).isZero();
      CommandResult pull = DAEMON.docker("pull", ref);
      assertThat(pull.exitCode()).as(pull.stderr() + pull.stdout()).isZero();
      assertThat(pull.stdout()).contains("Digest: sha256:").containsPattern("Status: (Downloaded newer image|Image is up to date) for " + java.util.regex.Pattern.quote(ref));
      CommandResult run = DAEMON.docker("run", "--rm", ref, "echo", "pulled");
      assertThat(run.stdout()).isEqualTo("pulled\n");
      assertThat(DAEMON.docker("rmi", ref).exitCode()).isZero();
    }
  }

  @Test
  void nothingIsLeftAfterRemovedContainers() throws Exception {
    BusyboxImage.ensure(DAEMON.cli());
    CommandResult run = DAEMON.docker("run", "--rm", "busybox", "true");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(DAEMON.dir().toString());
  }
}
