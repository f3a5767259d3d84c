package io.drydock.engine.image;

import io.drydock.engine.image.reference.ImageRef;
import io.drydock.testing.Requirements;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The test image imported into an image store as {@code busybox:latest}: the one busybox root file
 * system of the tests ({@link io.drydock.conformance.glue.BusyboxImage#tar}) — test fixture only,
 * production code never builds it.
 */
final class BusyboxImage {
  private BusyboxImage() {}

  static byte[] tar() {
    Requirements.require("registry", io.drydock.conformance.glue.BusyboxImage.available() ? Optional.empty()
        : Optional.of("needs busybox-static"));
    return io.drydock.conformance.glue.BusyboxImage.tar();
  }

  static ImageId importInto(Images images, String tag) throws IOException {
    return images.importRootfs(new ByteArrayInputStream(tar()), Optional.of(ImageRef.parse(tag)), List.of("CMD [\"/bin/sh\"]"), "");
  }
}
