package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.runtime.BusyboxBundleAccess;
import io.drydock.runtime.CreateOptions;
import io.drydock.runtime.HelperSession;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import io.drydock.runtime.audit.AuditRule;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupManagers;
import io.drydock.runtime.cgroup.CgroupResources;
import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.seccomp.DefaultProfiles;
import io.drydock.runtime.seccomp.SeccompCompiler;
import io.drydock.runtime.spec.Capabilities;
import io.drydock.runtime.spec.Linux;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Spec;
import io.drydock.testing.HostFacts;
import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code drydock audit} against real processes: a default container of drydock's runtime passes
 * every rule, a privileged-like one shows the waived rules by id, a runc container passes the
 * namespace rules, and the test's own JVM fails them (the audit can fail).
 */
@KernelTest
class AuditKernelTest {
  private static final List<String> DEFAULT_CAPS = List.of("CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE");
  private static final List<String> NAMESPACE_RULES = List.of("ISO-NS-PID", "ISO-NS-MNT", "ISO-NS-UTS", "ISO-NS-IPC", "ISO-NS-NET");

  private static final String PARENT = "drydock-audit-test";

  @TempDir Path tmp;
  private final List<Runnable> cleanups = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    for (int i = cleanups.size() - 1; i >= 0; i--) {
      cleanups.get(i).run();
    }
  }

  record Audit(int exitCode, String out, Map<String, String> outcomes) {}

  private static Audit audit(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> argv = new ArrayList<>(List.of("audit"));
    argv.addAll(Arrays.asList(args));
    int code = new CommandLine(new DrydockCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(argv.toArray(String[]::new));
    Map<String, String> outcomes = new LinkedHashMap<>();
    if (argv.contains("--json") && !out.toString().isBlank()) {
      for (JsonNode r : new ObjectMapper().readTree(out.toString()).get("rules")) {
        outcomes.put(r.get("id").asText(), r.get("outcome").asText());
      }
    }
    return new Audit(code, out + err.toString(), outcomes);
  }

  /** Starts {@code sleep 60} in drydock's runtime, in its own cgroup, as the supervisor would. */
  private RuntimeId start(Path root, UnaryOperator<Spec> edit, boolean seccomp) throws Exception {
    String id = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve(id)), List.of("sleep", "60"), edit);
    cleanups.add(AuditKernelTest::removeParentCgroup);
    CgroupManager cgroup = CgroupManagers.onThisHost(CgroupManagers.containerPath(PARENT, id));
    cgroup.create(CgroupResources.builder().memoryLimit(64L << 20).pidsLimit(64).cpuQuota(50_000).cpuPeriod(100_000).build());
    cleanups.add(() -> destroy(cgroup));
    byte[] filter = SeccompCompiler.compile(DefaultProfiles.docker(Set.copyOf(DEFAULT_CAPS), Arch.host()), Arch.host()).bytes();
    LinuxRuntime rt = new LinuxRuntime(root);
    RuntimeId rid = RuntimeId.of(id);
    rt.create(rid, bundle, CreateOptions.defaults()
        .withStdio(new HelperSession.Stdio(Redirect.PIPE, Redirect.to(tmp.resolve(id + ".out").toFile()),
            Redirect.to(tmp.resolve(id + ".err").toFile())))
        .withPlanAdjuster(plan -> {
          var p = plan.withCgroupProcsFiles(cgroup.procsFiles());
          return seccomp ? p.withSeccompFilter(filter) : p;
        }));
    cleanups.add(() -> rt.delete(rid, true));
    rt.start(rid);
    return rid;
  }

  /** The parent {@code drydock-audit-test} in every hierarchy, once empty (another test may still use it). */
  private static void removeParentCgroup() {
    io.drydock.runtime.cgroup.CgroupHost host = io.drydock.runtime.cgroup.CgroupHostReader.read();
    List<Path> hierarchies = new ArrayList<>(host.v1Hierarchies());
    host.unifiedMount().ifPresent(hierarchies::add);
    for (Path h : hierarchies) {
      try {
        Files.deleteIfExists(h.resolve(PARENT));
      } catch (java.io.IOException stillUsed) {
        // not empty: left for whoever still uses it
      }
    }
  }

  private static void destroy(CgroupManager cgroup) {
    for (int i = 0; i < 100; i++) {
      try {
        cgroup.destroy();
        return;
      } catch (RuntimeException stillBusy) {
        sleep(50);
      }
    }
    cgroup.destroy();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  @IsolationRule("ISO-NS-PID") @IsolationRule("ISO-NS-MNT") @IsolationRule("ISO-NS-UTS") @IsolationRule("ISO-NS-IPC")
  @IsolationRule("ISO-NS-NET") @IsolationRule("ISO-CAP-DEFAULT") @IsolationRule("ISO-CAP-BOUNDING") @IsolationRule("ISO-NNP")
  @IsolationRule("ISO-SECCOMP-DEFAULT") @IsolationRule("ISO-ROOTFS-PIVOT") @IsolationRule("ISO-ROOTFS-RO")
  @IsolationRule("ISO-PROC-MASK") @IsolationRule("ISO-PROC-RO") @IsolationRule("ISO-SYSFS-RO") @IsolationRule("ISO-DEV-MINIMAL")
  @IsolationRule("ISO-FD-LEAK") @IsolationRule("ISO-CWD-INSIDE") @IsolationRule("ISO-CG-MEM") @IsolationRule("ISO-CG-PIDS")
  @IsolationRule("ISO-CG-CPU") @IsolationRule("ISO-RLIMIT-CLAMP")
  void aDefaultContainerPassesEveryRule() throws Exception {
    Path root = tmp.resolve("state");
    RuntimeId id = start(root, AuditKernelTest::withTheCgroupsLimits, true);
    Audit a = audit("--root", root.toString(), "--json", id.value());
    System.out.println(audit("--root", root.toString(), id.value()).out());
    assertThat(a.outcomes()).as(a.out()).hasSize(AuditRule.values().length).allSatisfy((rule, outcome) ->
        assertThat(outcome).as(rule + "\n" + a.out()).isEqualTo("PASS"));
    assertThat(a.exitCode()).isZero();
    assertThat(a.out()).contains("\"expectation\" : \"own memory cgroup, limit 67108864\"")
        .contains("\"observed\" : \"/" + PARENT + "/" + id.value() + ", limit 67108864\"")
        .contains("\"expectation\" : \"own pids cgroup, limit 64\"")
        .contains("\"expectation\" : \"own cpu cgroup, limit 50000\"");
    String pid = Integer.toString(new LinuxRuntime(root).state(id).pid());
    Audit byPid = audit("--json", "--pid", pid);
    assertThat(byPid.exitCode()).as(byPid.out()).isZero();
    assertThat(byPid.outcomes()).containsEntry("ISO-ROOTFS-RO", "NOT_ASKED");
    byPid.outcomes().remove("ISO-ROOTFS-RO");
    assertThat(byPid.outcomes().values()).as(byPid.out()).containsOnly("PASS");
  }

  @Test
  void aPrivilegedLikeContainerFailsTheDefaultsAndShowsTheWaivedRules() throws Exception {
    Path root = tmp.resolve("state");
    RuntimeId id = start(root, AuditKernelTest::privileged, false);
    Audit waived = audit("--root", root.toString(), "--json", "--privileged", id.value());
    System.out.println(audit("--root", root.toString(), "--privileged", id.value()).out());
    assertThat(waived.exitCode()).as(waived.out()).isZero();
    for (AuditRule r : AuditRule.values()) {
      assertThat(waived.outcomes().get(r.id())).as(r.id()).isEqualTo(r.waivedByPrivileged() ? "WAIVED" : "PASS");
    }
    Audit strict = audit("--root", root.toString(), "--json", id.value());
    assertThat(strict.exitCode()).isEqualTo(AuditCommand.VIOLATION);
    for (String rule : List.of("ISO-CAP-DEFAULT", "ISO-CAP-BOUNDING", "ISO-NNP", "ISO-SECCOMP-DEFAULT", "ISO-PROC-MASK",
        "ISO-PROC-RO", "ISO-SYSFS-RO")) {
      assertThat(strict.outcomes().get(rule)).as(rule + "\n" + strict.out()).isEqualTo("FAIL");
    }
  }

  /** The config states the limits the test's cgroup has, so the audit compares them too. */
  private static Spec withTheCgroupsLimits(Spec s) {
    Linux l = s.linux();
    io.drydock.runtime.spec.Resources r = new io.drydock.runtime.spec.Resources(l.resources().devices(),
        new io.drydock.runtime.spec.Memory(64L << 20, null, null, null, null, null, null, null, null, null),
        new io.drydock.runtime.spec.Cpu(null, 50_000L, null, 100_000L, null, null, null, null, null, null),
        new io.drydock.runtime.spec.Pids(64L, null), null, null, null, null, null, null);
    Linux linux = new Linux(l.namespaces(), null, null, null, null, null, r, null, null, null, l.maskedPaths(),
        l.readonlyPaths(), null, null, null, null);
    return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null, linux, null);
  }

  /** Like {@code docker run --privileged}: every capability, no masks, sysfs rw, no no_new_privs (and no seccomp). */
  private static Spec privileged(Spec s) {
    List<String> all = io.drydock.runtime.spec.CapabilityNames.DOCKER_ALL;
    Process p = s.process();
    Process process = new Process(false, null, p.user(), p.args(), null, p.env(), p.cwd(),
        new Capabilities(all, all, all, all, null, null), p.rlimits(), false, null, null, null, null);
    List<Mount> mounts = s.mounts().stream().map(m -> m.destination().equals("/sys")
        ? new Mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev"), null, null, null) : m).toList();
    Linux l = s.linux();
    Linux linux = new Linux(l.namespaces(), null, null, null, null, null, null, null, null, null, List.of(), List.of(),
        null, null, null, null);
    return new Spec(s.ociVersion(), process, s.root(), s.hostname(), null, mounts, null, null, linux, null);
  }

  @Test
  @IsolationRule("ISO-USERNS-MAP")
  void aContainerInAUserNamespaceHasItsRootMappedAwayFromTheHostsRoot() throws Exception {
    // the mapped root must be able to reach the bundle, as with runc
    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Path root = tmp.resolve("state");
    RuntimeId id = start(root, s -> {
      Linux l = s.linux();
      List<io.drydock.runtime.spec.Namespace> ns = new ArrayList<>(l.namespaces());
      ns.add(new io.drydock.runtime.spec.Namespace("user", null, null));
      List<io.drydock.runtime.spec.IdMapping> map = List.of(new io.drydock.runtime.spec.IdMapping(0L, 200000L, 65536L, null));
      return new Spec(s.ociVersion(), s.process(), s.root(), s.hostname(), null, s.mounts(), null, null, new Linux(ns,
          map, map, null, null, null, null, null, null, null, l.maskedPaths(), l.readonlyPaths(), null, null, null, null), null);
    }, true);
    Audit a = audit("--root", root.toString(), "--json", id.value());
    assertThat(a.outcomes().get("ISO-USERNS-MAP")).as(a.out()).isEqualTo("PASS");
    assertThat(a.out()).contains("uid_map 0 200000 65536");
    assertThat(a.exitCode()).as(a.out()).isZero();
  }

  @Test
  void aRuncContainerPassesTheNamespaceRules() throws Exception {
    Requirements.require("kernel", HostFacts.onPath("runc") ? Optional.empty() : Optional.of("needs runc"));
    String id = "audit-runc-" + UUID.randomUUID().toString().substring(0, 8);
    Path bundle = BusyboxBundleAccess.create(Files.createDirectory(tmp.resolve(id)), List.of("sleep", "60"), UnaryOperator.identity());
    Path runcRoot = tmp.resolve("runc-root");
    Path pidFile = tmp.resolve("runc.pid");
    cleanups.add(() -> runc(runcRoot, "delete", "-f", id));
    assertThat(runc(runcRoot, "run", "-d", "--bundle", bundle.toString(), "--pid-file", pidFile.toString(), id)).isZero();
    String pid = Files.readString(pidFile).trim();
    Audit a = audit("--json", "--pid", pid);
    System.out.println(audit("--pid", pid).out());
    for (String rule : NAMESPACE_RULES) {
      assertThat(a.outcomes().get(rule)).as(rule + "\n" + a.out()).isEqualTo("PASS");
    }
  }

  private int runc(Path root, String... args) {
    List<String> cmd = new ArrayList<>(List.of("runc", "--root", root.toString()));
    cmd.addAll(Arrays.asList(args));
    try {
      java.lang.Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(tmp.resolve("runc.log").toFile()).redirectInput(Redirect.from(Path.of("/dev/null").toFile())).start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("runc " + args[0] + " did not finish in 30 s");
      }
      return p.exitValue();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("runc " + args[0], e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Test
  void theTestsOwnProcessFailsTheNamespaceRules() throws Exception {
    Audit a = audit("--json", "--pid", Long.toString(ProcessHandle.current().pid()));
    assertThat(a.exitCode()).isEqualTo(AuditCommand.VIOLATION);
    for (String rule : NAMESPACE_RULES) {
      assertThat(a.outcomes().get(rule)).as(rule).isEqualTo("FAIL");
    }
    assertThat(a.outcomes()).containsEntry("ISO-ROOTFS-PIVOT", "FAIL").containsEntry("ISO-FD-LEAK", "FAIL")
        .containsEntry("ISO-CG-MEM", "FAIL");
  }

  @Test
  void anUnknownContainerIsAClearError() throws Exception {
    Audit a = audit("--root", tmp.resolve("empty-root").toString(), "nosuch");
    assertThat(a.exitCode()).isEqualTo(AuditCommand.CANNOT_AUDIT);
    assertThat(a.out()).isEqualTo("drydock audit: container \"nosuch\" does not exist\n");
  }

  @Test
  void anUnknownProcessIsAClearError() throws Exception {
    Audit a = audit("--pid", "999999999");
    assertThat(a.exitCode()).isEqualTo(AuditCommand.CANNOT_AUDIT);
    assertThat(a.out()).contains("drydock audit: no such process: 999999999");
  }
}
