package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpResult;
import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A removal refuses, as dockerd does, when the container's files cannot be deleted (a mount still
 * below its directory: {@code 500 unable to remove filesystem for <id>: …}, the container left
 * {@code dead} until a later removal succeeds); the deletion itself follows the answer. Checked
 * here on the data root itself: the files are gone soon after, a graceful stop right after a
 * removal still leaves nothing, and files a daemon left without a record (as a crash between the
 * record's deletion and the files' would) are deleted at the next start — but never those of a
 * record that exists and cannot be read.
 */
@KernelTest
class RemovalLeftoversKernelTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String IMAGE = "leftovers:latest";
  private Path dir;

  @BeforeEach
  void tempDir() throws IOException {
    dir = Files.createTempDirectory("drydock-leftovers");
  }

  @AfterEach
  void cleanUp() {
    TestEngine.deleteTree(dir);
  }

  @Test
  void removedContainersLeaveNoFilesSoonAfterAndNoneAfterAGracefulStop() {
    List<String> ids = new ArrayList<>();
    try (DaemonProcess d = DaemonProcess.start(dir)) {
      EngineClient api = client(d);
      for (int i = 0; i < 3; i++) {
        String id = create(api);
        ids.add(id);
        assertThat(api.request("POST", "/containers/" + id + "/start").head().status()).isEqualTo(204);
        assertThat(api.request("POST", "/containers/" + id + "/wait").json().path("StatusCode").asInt()).isZero();
        remove(api, id);
      }
      String created = create(api);
      ids.add(created);
      remove(api, created);
      assertThat(leftoversAfterTheirDeletion(ids)).as("files of removed containers while the daemon runs").isEmpty();

      List<String> last = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        last.add(create(api));
      }
      last.forEach(id -> remove(api, id));
      ids.addAll(last);
      assertThat(d.stop()).as(d.log()).isEqualTo(143);
      assertThat(leftovers(ids)).as("files of containers removed right before a graceful stop").isEmpty();
    }
  }

  @Test
  void filesThatCannotBeDeletedFailTheRemovalAsDockerdDoesAndALaterRemovalFinishesIt() throws Exception {
    try (DaemonProcess d = DaemonProcess.start(dir)) {
      EngineClient api = client(d);
      String id = create(api);
      // what dockerd users meet: a mount left under the container's directory (its shm, held by
      // another mount namespace); rmdir of a mount point fails with EBUSY
      Path busy = Files.createDirectories(dir.resolve("data/containers").resolve(id).resolve("busy"));
      run("mount", "-t", "tmpfs", "-o", "size=64k", "drydock-test-busy", busy.toString());
      try {
        HttpResult refused = api.request("DELETE", "/containers/" + id);
        assertThat(refused.head().status()).as(refused.text()).isEqualTo(500);
        assertThat(refused.json().path("message").asText()).startsWith("unable to remove filesystem for " + id + ": ")
            .contains("resource busy");
        var state = api.request("GET", "/containers/" + id + "/json").json().path("State");
        assertThat(state.path("Status").asText()).isEqualTo("dead");
        assertThat(state.path("Error").asText()).startsWith("unable to remove filesystem for " + id);
        assertThat(api.request("GET", "/containers/json?all=1&filters=" + URLEncoder.encode("{\"status\":[\"dead\"]}", StandardCharsets.UTF_8)).json().toString()).contains(id);
      } finally {
        run("umount", "-l", busy.toString());
      }
      remove(api, id);
      assertThat(leftoversAfterTheirDeletion(List.of(id))).as("after the second removal").isEmpty();
    }
  }

  /** The files follow a removal's answer (ContainerFilesRemoval): what is left once that had 20 s. */
  private List<String> leftoversAfterTheirDeletion(List<String> ids) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!leftovers(ids).isEmpty() && System.nanoTime() < deadline) {
      DaemonProcess.sleep(50);
    }
    return leftovers(ids);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("%s: %s", String.join(" ", command), out).isZero();
  }

  @Test
  void filesWithoutARecordAreDeletedAtTheNextStartButAnUnreadableRecordKeepsItsOwn() throws IOException {
    String orphan;
    String unreadable;
    try (DaemonProcess d = DaemonProcess.start(dir)) {
      EngineClient api = client(d);
      orphan = create(api);
      unreadable = create(api);
      assertThat(d.stop()).isEqualTo(143);
    }
    // what a daemon killed right after a removal's commit point leaves: files, no record
    Files.delete(record(orphan));
    Files.writeString(record(unreadable), "");
    assertThat(leftovers(List.of(orphan, unreadable))).hasSize(4);
    try (DaemonProcess d = DaemonProcess.start(dir)) {
      assertThat(leftovers(List.of(orphan))).as("the orphan's directory and snapshot").isEmpty();
      assertThat(leftovers(List.of(unreadable))).as("kept for the unreadable record")
          .containsExactlyInAnyOrder("directory " + unreadable, "snapshot " + unreadable);
      assertThat(d.log()).contains("deleting the files of container " + orphan);
      assertThat(client(d).request("GET", "/containers/json?all=1").json().size()).isZero();
    }
  }

  private EngineClient client(DaemonProcess d) {
    EngineClient api = new EngineClient(d.dockerHost(), Duration.ofMinutes(2));
    if (api.request("GET", "/images/" + IMAGE + "/json").head().status() == 404) {
      HttpResult r = api.request("POST", "/images/create?fromSrc=-&repo=leftovers&tag=latest",
          Map.of("Content-Type", "application/x-tar"), io.drydock.conformance.glue.BusyboxImage.tar());
      assertThat(r.head().status()).as(r.text()).isEqualTo(200);
    }
    return api;
  }

  private static String create(EngineClient api) {
    HttpResult r = api.postJson("/containers/create", "{\"Image\":\"" + IMAGE + "\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\"}}");
    assertThat(r.head().status()).as(r.text()).isEqualTo(201);
    return r.json().path("Id").asText();
  }

  private static void remove(EngineClient api, String id) {
    HttpResult r = api.request("DELETE", "/containers/" + id);
    assertThat(r.head().status()).as(r.text()).isEqualTo(204);
    assertThat(api.request("GET", "/containers/" + id + "/json").head().status()).isEqualTo(404);
  }

  private Path record(String id) {
    return dir.resolve("data/containerdb").resolve(id + ".json");
  }

  /** The container directories and snapshots (by key) of {@code ids} still on disk. */
  private List<String> leftovers(List<String> ids) {
    List<String> left = new ArrayList<>();
    Path data = dir.resolve("data");
    for (String id : ids) {
      if (Files.exists(data.resolve("containers").resolve(id))) {
        left.add("directory " + id);
      }
    }
    Path metadata = data.resolve("overlay/metadata");
    Path snapshots = data.resolve("overlay/snapshots");
    try (Stream<Path> files = Files.list(metadata); Stream<Path> dirs = Files.list(snapshots)) {
      List<String> snapshotIds = new ArrayList<>();
      for (Path f : files.toList()) {
        var node = JSON.readTree(Files.readAllBytes(f));
        snapshotIds.add(node.path("id").asText());
        if (ids.contains(node.path("key").asText())) {
          left.add("snapshot " + node.path("key").asText());
        }
      }
      for (Path d : dirs.toList()) {
        if (!snapshotIds.contains(d.getFileName().toString())) {
          left.add("snapshot directory without metadata " + d.getFileName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return left;
  }
}
