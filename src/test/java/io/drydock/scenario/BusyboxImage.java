package io.drydock.scenario;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpHead;
import io.drydock.conformance.glue.HttpResult;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The busybox test image, imported once per daemon from the busybox-static package. */
final class BusyboxImage {
  private BusyboxImage() {}

  static synchronized void ensure(DockerCli cli) {
    if (cli.run("image", "inspect", "busybox").exitCode() == 0) {
      return;
    }
    Path tar = cli.dir.resolve("busybox.tar");
    try {
      Files.write(tar, io.drydock.conformance.glue.BusyboxImage.tar());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CommandResult r = cli.run("import", tar.toString(), "busybox:latest");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).startsWith("sha256:");
  }

  /** Removes every container of the daemon (before it stops, so no task outlives the test). */
  static void removeAllContainers(DockerCli cli) {
    for (String id : cli.run("ps", "-aq").stdout().split("\\s+")) {
      if (!id.isBlank()) {
        cli.run("rm", "-f", id);
      }
    }
  }
}
