package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code docker diff}, {@code export}, {@code cp} (both ways, running and stopped containers,
 * symlinks that point outside the container), {@code commit} and bodies above the 16 MiB JSON
 * limit ({@code cp} in, {@code load}), with the real docker CLI against a drydock daemon.
 */
@ScenarioTest
class ContainerFsCliTest {
  private static final int BIG = 20 * 1024 * 1024;
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-ctrfs-cli");

  private static CommandResult ok(CommandResult r) {
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r;
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** {@code PUT /containers/{name}/archive?path=...} with a tar of regular files (name → content, in order). */
  private static HttpResult putArchive(String container, String path, java.util.Map<String, String> files) throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(bytes)) {
      for (var f : files.entrySet()) {
        byte[] content = f.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(f.getKey());
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return new EngineClient(DAEMON.cli().dockerHost()).request("PUT", "/v1.41/containers/" + container + "/archive?path=" + path,
        java.util.Map.of("Content-Type", "application/x-tar"), bytes.toByteArray());
  }

  private static String changedContainer() {
    String name = unique("fs-diff");
    ok(DAEMON.docker("run", "--name", name, "busybox", "sh", "-c", "busybox mkdir -p /data/sub && echo x > /data/sub/f && busybox rm /bin/cat"));
    return name;
  }

  @Test
  void diffListsAddedChangedAndDeletedPathsWithoutTheRuntimesMountPoints() {
    String name = changedContainer();
    CommandResult diff = ok(DAEMON.docker("diff", name));
    assertThat(diff.stdout()).isEqualTo("C /bin\nD /bin/cat\nA /data\nA /data/sub\nA /data/sub/f\n");
    assertThat(DAEMON.docker("diff", "nosuch").stderr()).contains("No such container: nosuch");
  }

  @Test
  void diffOfARunningContainerSeesItsLiveWrites() throws Exception {
    String name = unique("fs-live");
    ok(DAEMON.docker("run", "-d", "--name", name, "busybox", "sh", "-c", "echo y > /live; sleep 300"));
    try {
      String out = "";
      for (int i = 0; i < 50 && !out.contains("A /live"); i++) {
        out = DAEMON.docker("diff", name).stdout();
        Thread.sleep(100);
      }
      assertThat(out).isEqualTo("A /live\n");
    } finally {
      DAEMON.docker("rm", "-f", name);
    }
  }

  @Test
  void exportIsTheMergedTreeAsATar() throws Exception {
    String name = changedContainer();
    Path out = DAEMON.dir().resolve(name + ".tar");
    ok(DAEMON.docker("export", "-o", out.toString(), name));
    List<String> names = tarNames(out);
    assertThat(names).contains("bin/", "bin/busybox", "bin/sh", "data/", "data/sub/", "data/sub/f").doesNotContain("bin/cat");
    assertThat(names).noneMatch(n -> n.startsWith("/") || n.startsWith("proc/") && !n.equals("proc/"));
  }

  @Test
  void cpCopiesFilesAndDirectoriesOutAndIn() throws Exception {
    String name = changedContainer();
    Path outFile = DAEMON.dir().resolve(name + "-f");
    ok(DAEMON.docker("cp", name + ":/data/sub/f", outFile.toString()));
    assertThat(Files.readString(outFile)).isEqualTo("x\n");
    Path outDir = DAEMON.dir().resolve(name + "-data");
    ok(DAEMON.docker("cp", name + ":/data", outDir.toString()));
    assertThat(Files.readString(outDir.resolve("sub/f"))).isEqualTo("x\n");
    Path in = DAEMON.dir().resolve(name + "-in.txt");
    Files.writeString(in, "copied in\n");
    ok(DAEMON.docker("cp", in.toString(), name + ":/data/sub/"));
    Path back = DAEMON.dir().resolve(name + "-back");
    ok(DAEMON.docker("cp", name + ":/data/sub/" + in.getFileName(), back.toString()));
    assertThat(Files.readString(back)).isEqualTo("copied in\n");
    CommandResult missing = DAEMON.docker("cp", name + ":/nonexistent", DAEMON.dir().resolve("x").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.stderr()).contains("Could not find the file /nonexistent in container " + name);
    CommandResult gone = DAEMON.docker("cp", in.toString(), "drydock-no-such:/x");
    assertThat(gone.exitCode()).isEqualTo(1);
    assertThat(gone.stderr().strip()).as("dockerd's answer alone, no broken pipe of the CLI's upload")
        .isEqualTo("Error response from daemon: No such container: drydock-no-such");
  }

  @Test
  void symlinksThatPointOutsideStayInsideTheContainer() throws Exception {
    String name = unique("fs-link");
    String marker = unique("drydock-escape");
    ok(DAEMON.docker("run", "--name", name, "busybox", "sh", "-c",
        "busybox mkdir -p /inner /tmp && busybox ln -s ../../../../../../../../tmp /up && busybox ln -s / /abs && echo inner > /inner/secret"));
    Path in = DAEMON.dir().resolve(marker);
    Files.writeString(in, "payload\n");
    ok(DAEMON.docker("cp", in.toString(), name + ":/up/"));
    ok(DAEMON.docker("cp", in.toString(), name + ":/abs/inner/"));
    assertThat(Path.of("/tmp", marker)).doesNotExist();
    assertThat(Path.of("/inner", marker)).doesNotExist();
    assertThat(ok(DAEMON.docker("diff", name)).stdout()).contains("A /tmp/" + marker, "A /inner/" + marker);
    Path out = DAEMON.dir().resolve(name + "-out");
    ok(DAEMON.docker("cp", name + ":/abs/inner/.", out.toString()));
    assertThat(Files.readString(out.resolve("secret"))).isEqualTo("inner\n");
    Path link = DAEMON.dir().resolve(name + "-link");
    ok(DAEMON.docker("cp", name + ":/abs", link.toString()));
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/"));
  }

  @Test
  void cpIntoAStoppedContainerIsSeenByItsNextStart() throws Exception {
    String name = unique("fs-stopped");
    ok(DAEMON.docker("create", "--name", name, "busybox", "cat", "/greeting"));
    Path in = DAEMON.dir().resolve("greeting");
    Files.writeString(in, "hello from cp\n");
    ok(DAEMON.docker("cp", in.toString(), name + ":/"));
    CommandResult start = ok(DAEMON.docker("start", "-a", name));
    assertThat(start.stdout()).isEqualTo("hello from cp\n");
  }

  /** As dockerd: an archive copied into a container is files, not a layer, so {@code .wh.} names are written as they are. */
  @Test
  void cpWritesWhiteoutNamesAsOrdinaryFiles() throws Exception {
    String name = unique("fs-whiteout");
    ok(DAEMON.docker("create", "--name", name, "busybox", "sh", "-c", "ls -a /bin/ls /bin/.wh.ls /bin/.wh..wh..opq /bin/sh"));
    java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
    files.put(".wh.ls", "");
    files.put(".wh..wh..opq", "");
    HttpResult put = putArchive(name, "/bin", files);
    assertThat(put.head().status()).as(put.text()).isEqualTo(200);
    assertThat(ok(DAEMON.docker("start", "-a", name)).stdout().lines()).containsExactlyInAnyOrder("/bin/ls", "/bin/.wh.ls", "/bin/.wh..wh..opq", "/bin/sh");
  }

  @Test
  void commitMakesAnImageThatRunsWithTheChangesAndTheConfigChange() {
    String name = changedContainer();
    String repo = unique("fs-committed");
    CommandResult commit = ok(DAEMON.docker("commit", "-c", "ENV COMMITTED=yes", "-m", "via test", name, repo + ":1"));
    assertThat(commit.stdout()).matches("sha256:[0-9a-f]{64}\n");
    CommandResult run = ok(DAEMON.docker("run", "--rm", repo + ":1", "sh", "-c", "cat /data/sub/f; echo $COMMITTED; ls /bin/cat || echo gone"));
    assertThat(run.stdout()).startsWith("x\nyes\n").endsWith("gone\n");
    assertThat(ok(DAEMON.docker("history", "--format", "{{.Comment}}", repo + ":1")).stdout()).startsWith("via test\n");
    assertThat(ok(DAEMON.docker("image", "inspect", "--format", "{{.Parent}}", repo + ":1")).stdout().trim())
        .isEqualTo(ok(DAEMON.docker("image", "inspect", "--format", "{{.Id}}", "busybox")).stdout().trim());
  }

  @Test
  void bodiesAboveTheJsonLimitStreamForCpAndLoad() throws Exception {
    String name = unique("fs-big");
    ok(DAEMON.docker("run", "--name", name, "busybox", "true"));
    byte[] data = new byte[BIG];
    new Random(7).nextBytes(data);
    Path big = DAEMON.dir().resolve("big.bin");
    Files.write(big, data);
    ok(DAEMON.docker("cp", big.toString(), name + ":/big.bin"));
    Path back = DAEMON.dir().resolve(name + "-big");
    ok(DAEMON.docker("cp", name + ":/big.bin", back.toString()));
    assertThat(Files.mismatch(big, back)).isEqualTo(-1L);
    String repo = unique("fs-bigimage");
    ok(DAEMON.docker("commit", name, repo + ":1"));
    Path saved = DAEMON.dir().resolve(repo + ".tar");
    ok(DAEMON.docker("save", "-o", saved.toString(), repo + ":1"));
    assertThat(Files.size(saved)).isGreaterThan(16L * 1024 * 1024);
    ok(DAEMON.docker("rmi", repo + ":1"));
    CommandResult load = ok(DAEMON.docker("load", "-i", saved.toString()));
    assertThat(load.stdout()).contains("Loaded image: " + repo + ":1");
    CommandResult size = ok(DAEMON.docker("run", "--rm", repo + ":1", "sh", "-c", "ls -l /big.bin"));
    assertThat(size.stdout()).contains(String.valueOf(BIG));
  }

  @Test
  void aHostileArchiveIsRefusedWholeAndStatReportsGoModes() throws Exception {
    String name = unique("fs-hostile");
    ok(DAEMON.docker("run", "--name", name, "busybox", "sh", "-c", "busybox mkdir /d && busybox ln -s /d /dlink"));
    java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
    files.put("good", "fine");
    files.put("../../../../escaped", "");
    HttpResult put = putArchive(name, "/d", files);
    EngineClient client = new EngineClient(DAEMON.cli().dockerHost());
    assertThat(put.head().status()).isEqualTo(400);
    assertThat(put.text()).contains("refusing layer entry \\\"../../../../escaped\\\"");
    assertThat(ok(DAEMON.docker("diff", name)).stdout()).doesNotContain("good").doesNotContain("escaped");
    HttpResult head = client.request("HEAD", "/v1.41/containers/" + name + "/archive?path=/dlink");
    assertThat(head.head().status()).isEqualTo(200);
    String stat = new String(java.util.Base64.getDecoder().decode(head.head().headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("X-Docker-Container-Path-Stat")).findFirst().orElseThrow().getValue().get(0)),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(stat).contains("\"name\":\"dlink\"", "\"mode\":" + ((1L << 27) | 0777), "\"linkTarget\":\"/d\"");
    assertThat(client.request("HEAD", "/v1.41/containers/" + name + "/archive?path=").head().status()).isEqualTo(400);
  }

  private static List<String> tarNames(Path tar) throws Exception {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e; (e = t.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
