package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.ScenarioTest;
import io.drydock.testing.TestTars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code docker build} with the real docker CLI (no buildx here, so the CLI uses the classic
 * builder's {@code POST /build}) against a drydock daemon: the built image runs, its config and
 * history are dockerd's, .dockerignore (applied by the CLI) keeps files out, and a build leaves
 * no container, mount or scratch directory behind.
 */
@ScenarioTest
class BuildCliTest {
  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.withBusybox("drydock-build-cli");

  private static CommandResult ok(CommandResult r) {
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
    return r;
  }

  private static Path context(String dockerfile) throws IOException {
    Path dir = DAEMON.dir().resolve("ctx-" + UUID.randomUUID().toString().substring(0, 8));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Dockerfile"), dockerfile);
    return dir;
  }

  @Test
  void aBuiltImageRunsWithTheConfigAndFilesItsDockerfileGaveIt() throws IOException {
    Path ctx = context("""
        # escape=\\
        FROM busybox
        ARG GREETING=hello
        ENV TARGET=/srv \\
            MESSAGE="${GREETING} world"
        LABEL org.example.purpose="cli test"
        WORKDIR $TARGET
        COPY hello.txt ./
        COPY --chown=65534:65534 sub/ /srv/sub/
        ADD files.tar /srv/unpacked/
        RUN echo "$MESSAGE" > msg && test ! -e /srv/secret.txt && stat -c '%u:%g' /srv/sub/inner.txt > owner
        USER 65534
        EXPOSE 8080
        CMD ["sh", "-c", "cat msg hello.txt owner unpacked/in-tar.txt sub/inner.txt"]
        """);
    Files.writeString(ctx.resolve("hello.txt"), "from the context\n");
    Files.writeString(ctx.resolve("secret.txt"), "never sent\n");
    Files.writeString(ctx.resolve(".dockerignore"), "secret.txt\n");
    Files.createDirectories(ctx.resolve("sub"));
    Files.writeString(ctx.resolve("sub/inner.txt"), "inner\n");
    Files.write(ctx.resolve("files.tar"), TestTars.of("in-tar.txt", "unpacked from a tar\n"));

    CommandResult build = ok(DAEMON.docker("build", "-t", "cli-built:v1", "--build-arg", "GREETING=bonjour", ctx.toString()));
    assertThat(build.stdout()).contains("Step 1/12 : FROM busybox", "Successfully built ", "Successfully tagged cli-built:v1");

    CommandResult run = ok(DAEMON.docker("run", "--rm", "--pull", "never", "cli-built:v1"));
    assertThat(run.stdout()).isEqualTo("bonjour world\nfrom the context\n65534:65534\nunpacked from a tar\ninner\n");

    assertThat(DAEMON.inspect("{{.Config.User}} {{.Config.WorkingDir}} {{json .Config.ExposedPorts}} {{index .Config.Labels \"org.example.purpose\"}}",
        "cli-built:v1")).isEqualTo("65534 /srv {\"8080/tcp\":{}} cli test");
    assertThat(DAEMON.inspect("{{json .Config.Env}}", "cli-built:v1"))
        .isEqualTo("[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"TARGET=/srv\",\"MESSAGE=bonjour world\"]");
    String history = ok(DAEMON.docker("history", "--no-trunc", "--format", "{{.CreatedBy}}", "cli-built:v1")).stdout();
    assertThat(history).contains("/bin/sh -c #(nop)  CMD [\"sh\" \"-c\" \"cat msg hello.txt owner unpacked/in-tar.txt sub/inner.txt\"]\n",
        "/bin/sh -c #(nop)  USER 65534\n", "|1 GREETING=bonjour /bin/sh -c echo \"$MESSAGE\" > msg", "/bin/sh -c #(nop) WORKDIR /srv\n",
        "/bin/sh -c #(nop)  ENV TARGET=/srv MESSAGE=bonjour world\n");
    assertThat(history).containsPattern("/bin/sh -c #\\(nop\\) COPY file:[0-9a-f]{64} in \\./ \n");
    assertThat(history).containsPattern("/bin/sh -c #\\(nop\\) COPY --chown=65534:65534dir:[0-9a-f]{64} in /srv/sub/ \n");
    assertNothingLeft();
  }

  @Test
  void aFailingRunExitsWithItsCodeAndDockerdsMessageAndForceRmLeavesNoContainer() throws IOException {
    Path ctx = context("FROM busybox\nRUN echo before && exit 7\n");
    CommandResult failed = DAEMON.docker("build", "--force-rm", "-t", "cli-never", ctx.toString());
    assertThat(failed.exitCode()).as("the CLI exits with errorDetail.code").isEqualTo(7);
    assertThat(failed.stdout()).contains("before\n");
    assertThat(failed.stderr()).contains("The command '/bin/sh -c echo before && exit 7' returned a non-zero code: 7");
    assertThat(DAEMON.docker("image", "inspect", "cli-never").exitCode()).isNotZero();
    assertNothingLeft();
  }

  @Test
  void parseErrorsAndQuietBuilds() throws IOException {
    CommandResult bad = DAEMON.docker("build", context("FROM busybox\nFOO bar\n").toString());
    assertThat(bad.exitCode()).isNotZero();
    assertThat(bad.stderr()).contains("dockerfile parse error line 2: unknown instruction: FOO");

    CommandResult quiet = ok(DAEMON.docker("build", "-q", "-t", "cli-quiet", context("FROM busybox\nRUN echo hidden\n").toString()));
    assertThat(quiet.stdout()).matches("sha256:[0-9a-f]{64}\n");
    assertThat(DAEMON.inspect("{{.Id}}", "cli-quiet")).isEqualTo(quiet.stdout().strip());
    assertNothingLeft();
  }

  @Test
  void aScratchImageHoldsOnlyTheLayerItsCopyMade() throws IOException {
    Path ctx = context("FROM scratch\nCOPY busybox /bin/busybox\nCMD [\"/bin/busybox\", \"echo\", \"from scratch\"]\n");
    Files.copy(Path.of("/usr/bin/busybox"), ctx.resolve("busybox"));
    ok(DAEMON.docker("build", "-t", "cli-scratch", ctx.toString()));
    assertThat(ok(DAEMON.docker("run", "--rm", "--pull", "never", "cli-scratch")).stdout()).isEqualTo("from scratch\n");
    assertThat(DAEMON.inspect("{{len .RootFS.Layers}}", "cli-scratch")).isEqualTo("1");
    assertThat(ok(DAEMON.docker("history", "-q", "cli-scratch")).stdout().lines().count()).isEqualTo(2);
    assertNothingLeft();
  }

  private static boolean nothingLeft() {
    try {
      assertNothingLeft();
      return true;
    } catch (AssertionError | IOException e) {
      return false;
    }
  }

  /** No container, no mount of the daemon's, no unpacked context: what a build leaves is its images. */
  private static void assertNothingLeft() throws IOException {
    assertThat(ok(DAEMON.docker("ps", "-aq")).stdout()).isEmpty();
    Path daemonDir = DAEMON.dir().resolve("daemon");
    assertThat(Files.readAllLines(Path.of("/proc/self/mountinfo")).stream().filter(l -> l.contains(daemonDir + "/data/fsviews")).toList())
        .isEmpty();
    Path scratch = daemonDir.resolve("data/builder");
    if (Files.isDirectory(scratch)) {
      try (Stream<Path> left = Files.list(scratch)) {
        assertThat(left.toList()).isEmpty();
      }
    }
  }

  /**
   * ctrl-c on {@code docker build}: the client goes away during a long RUN; as dockerd, the step's
   * container is killed and removed and the build stops there (no image, no later step).
   */
  @Test
  void aBuildWhoseClientGoesAwayStopsAndLeavesNoContainer() throws Exception {
    Path ctx = context("FROM busybox\nRUN echo started; sleep 300\nRUN echo never\n");
    ProcessBuilder pb = new ProcessBuilder("docker", "build", "--no-cache", "-t", "cancelled:1", ctx.toString())
        .redirectErrorStream(true).redirectOutput(DAEMON.dir().resolve("cancelled-build.out").toFile());
    pb.environment().put("DOCKER_HOST", DAEMON.cli().dockerHost());
    pb.environment().put("DOCKER_CONFIG", DAEMON.dir().resolve("docker-config").toString());
    Process client = pb.start();
    try {
      assertThat(waitFor(() -> !ok(DAEMON.docker("ps", "-q")).stdout().isBlank(), 30))
          .as("the RUN step's container started").isTrue();
      client.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      assertThat(waitFor(() -> ok(DAEMON.docker("ps", "-aq")).stdout().isBlank(), 20))
          .as("the cancelled step's container is gone: " + DAEMON.docker("ps", "-a").stdout()).isTrue();
      assertThat(ok(DAEMON.docker("images", "-q", "cancelled:1")).stdout()).isBlank();
      assertThat(Files.readString(DAEMON.dir().resolve("cancelled-build.out"))).contains("Step 2/3");
      waitFor(BuildCliTest::nothingLeft, 20); // the context's directory goes as the cancelled build unwinds
      assertNothingLeft();
    } finally {
      client.destroyForcibly();
    }
  }

  private static boolean waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(200);
    }
    return condition.getAsBoolean();
  }
}
