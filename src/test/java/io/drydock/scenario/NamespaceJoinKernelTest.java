package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpResult;
import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --pid container:<x>} and {@code --ipc container:<x>} read back from the kernel: the joiner's
 * {@code /proc/<pid>/ns/pid} and {@code ns/ipc} are the target's (its mount, uts and network
 * namespaces its own), its {@code /dev/shm} is the target's shareable tmpfs, which lives on the host
 * only while the target runs; a joiner dies with the first process of the pid namespace it joined.
 * Every refusal — at create (a missing target) and at start (an unknown ipc mode, a target that
 * is not running or not shareable) — leaves nothing mounted and, at create, nothing made.
 */
@KernelTest
class NamespaceJoinKernelTest {
  private static final String IMAGE = "nsjoin:latest";
  private Path dir;

  @BeforeEach
  void tempDir() throws IOException {
    io.drydock.testing.Requirements.require("kernel", io.drydock.conformance.glue.BusyboxImage.available()
        ? java.util.Optional.empty() : java.util.Optional.of("needs busybox-static (/usr/bin/busybox) for its image"));
    dir = Files.createTempDirectory("drydock-nsjoin");
  }

  @AfterEach
  void cleanUp() {
    TestEngine.deleteTree(dir);
  }

  @Test
  @IsolationRule("ISO-NS-JOIN")
  void aJoinerHasTheTargetsPidAndIpcNamespacesAndShmAndDiesWithTheTargetsPidNamespace() throws Exception {
    withDaemon(api -> {
      String target = run(api, "{\"Image\":\"" + IMAGE + "\",\"Cmd\":[\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"IpcMode\":\"shareable\"}}");
      String joiner = run(api, "{\"Image\":\"" + IMAGE + "\",\"Cmd\":[\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"PidMode\":\"container:"
          + target.substring(0, 12) + "\",\"IpcMode\":\"container:" + target + "\"}}");
      long t = pid(api, target);
      long j = pid(api, joiner);
      assertThat(namespace(j, "pid")).isEqualTo(namespace(t, "pid")).isNotEqualTo(namespace(ProcessHandle.current().pid(), "pid"));
      assertThat(namespace(j, "ipc")).isEqualTo(namespace(t, "ipc")).isNotEqualTo(namespace(ProcessHandle.current().pid(), "ipc"));
      for (String own : List.of("mnt", "uts", "net")) {
        assertThat(namespace(j, own)).as(own).isNotEqualTo(namespace(t, own));
      }
      assertThat(api.request("GET", "/containers/" + joiner + "/json").json().path("HostConfig").path("PidMode").asText())
          .isEqualTo("container:" + target);

      Path hostShm = dir.resolve("data/containers").resolve(target).resolve("mounts/shm");
      assertThat(mountPoints()).contains(hostShm.toString());
      writeThroughRoot(j, "dev/shm/from-joiner");
      assertThat(hostShm.resolve("from-joiner")).exists();
      assertThat(Path.of("/proc", Long.toString(t), "root/dev/shm/from-joiner")).exists();

      HttpResult stop = api.request("POST", "/containers/" + target + "/stop?t=1");
      assertThat(stop.head().status()).as(stop.text()).isEqualTo(204);
      assertThat(api.request("POST", "/containers/" + joiner + "/wait").json().path("StatusCode").asInt()).isEqualTo(137);
      assertThat(mountPoints()).as("the target's shm once it stopped").noneMatch(m -> m.startsWith(hostShm.toString()));
      assertThat(hostShm).doesNotExist();
    });
  }

  @Test
  @IsolationRule("ISO-NS-JOIN")
  void refusedStartsLeaveNothingMountedAndARefusedCreateMakesNothing() throws Exception {
    withDaemon(api -> {
      String running = run(api, "{\"Image\":\"" + IMAGE + "\",\"Cmd\":[\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"none\"}}");
      String created = create(api, "{\"Image\":\"" + IMAGE + "\",\"Cmd\":[\"true\"]}");
      Map<String, String> refusals = Map.of(
          "{\"IpcMode\":\"foo\"}", "Invalid IPC mode: foo",
          "{\"IpcMode\":\"container:" + running + "\"}",
          "can't join IPC of container " + running + ": non-shareable IPC (hint: use IpcMode:shareable for the donor container)",
          "{\"PidMode\":\"container:" + created + "\"}", "container " + created + " is not running",
          "{\"IpcMode\":\"shareable\",\"PidMode\":\"container:" + created + "\"}", "container " + created + " is not running");
      for (var e : refusals.entrySet()) {
        String id = create(api, "{\"Image\":\"" + IMAGE + "\",\"Cmd\":[\"true\"],\"HostConfig\":" + e.getKey() + "}");
        HttpResult start = api.request("POST", "/containers/" + id + "/start");
        assertThat(start.head().status()).as(start.text()).isEqualTo(500);
        assertThat(start.json().path("message").asText()).isEqualTo(e.getValue());
        assertThat(mountPoints()).as("mounts after the refused start of %s", e.getKey()).noneMatch(m -> m.contains(id));
        assertThat(dir.resolve("data/containers").resolve(id).resolve("mounts")).doesNotExist();
        assertThat(api.request("GET", "/containers/" + id + "/json").json().path("State").path("ExitCode").asInt()).isEqualTo(128);
      }

      int before = api.request("GET", "/containers/json?all=1").json().size();
      List<Path> dirs = containerDirs();
      HttpResult refused = api.postJson("/containers/create?name=nsjoin-refused",
          "{\"Image\":\"" + IMAGE + "\",\"Cmd\":[\"true\"],\"HostConfig\":{\"PidMode\":\"container:nsjoin-nosuch\"}}");
      assertThat(refused.head().status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).isEqualTo("No such container: nsjoin-nosuch");
      assertThat(api.request("GET", "/containers/json?all=1").json().size()).isEqualTo(before);
      assertThat(containerDirs()).isEqualTo(dirs);
      HttpResult sameName = api.postJson("/containers/create?name=nsjoin-refused", "{\"Image\":\"" + IMAGE + "\",\"Cmd\":[\"true\"]}");
      assertThat(sameName.head().status()).as("the refused create took no name: %s", sameName.text()).isEqualTo(201);
    });
  }

  private interface ApiCheck {
    void accept(EngineClient api) throws Exception;
  }

  /** Runs {@code check} against a daemon of its own; every container is removed before the daemon stops (sleepers outlive it). */
  private void withDaemon(ApiCheck check) throws Exception {
    try (DaemonProcess d = DaemonProcess.start(dir)) {
      EngineClient api = client(d);
      try {
        check.accept(api);
      } finally {
        removeAll(api);
      }
    }
  }

  private static void removeAll(EngineClient api) {
    for (var c : api.request("GET", "/containers/json?all=1").json()) {
      api.request("DELETE", "/containers/" + c.path("Id").asText() + "?force=1");
    }
  }

  private EngineClient client(DaemonProcess d) {
    EngineClient api = new EngineClient(d.dockerHost(), Duration.ofMinutes(2));
    HttpResult r = api.request("POST", "/images/create?fromSrc=-&repo=nsjoin&tag=latest",
        Map.of("Content-Type", "application/x-tar"), io.drydock.conformance.glue.BusyboxImage.tar());
    assertThat(r.head().status()).as(r.text()).isEqualTo(200);
    return api;
  }

  private static String create(EngineClient api, String body) {
    HttpResult r = api.postJson("/containers/create", body);
    assertThat(r.head().status()).as(r.text()).isEqualTo(201);
    return r.json().path("Id").asText();
  }

  private static String run(EngineClient api, String body) {
    String id = create(api, body);
    HttpResult r = api.request("POST", "/containers/" + id + "/start");
    assertThat(r.head().status()).as(r.text()).isEqualTo(204);
    return id;
  }

  private static long pid(EngineClient api, String id) {
    long pid = api.request("GET", "/containers/" + id + "/json").json().path("State").path("Pid").asLong();
    assertThat(pid).as("pid of %s", id).isPositive();
    return pid;
  }

  /** {@code pid:[4026531836]}: the namespace's inode as the kernel names it. */
  private static String namespace(long pid, String kind) {
    try {
      return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", kind)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeThroughRoot(long pid, String file) throws IOException {
    Files.writeString(Path.of("/proc", Long.toString(pid), "root").resolve(file), "x");
  }

  private static List<String> mountPoints() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream().map(l -> l.split(" ")[4]).toList();
  }

  private List<Path> containerDirs() throws IOException {
    try (var s = Files.list(dir.resolve("data/containers"))) {
      return s.sorted().toList();
    }
  }
}
