package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The images drydock has without a network: {@code hello:latest}, whose only file is
 * {@code /hello}, the static binary the build compiles (handed in by the composition root, since
 * the engine may not reach into the runtime's resources). Everything that could vary between
 * machines is fixed — tar header fields, mtime, creation date — so the image id depends only on the
 * binary and the architecture.
 */
public final class BuiltinImages {
  public static final ImageRef HELLO = ImageRef.parse("hello:latest");
  static final Instant CREATED = Instant.EPOCH;
  static final List<String> PATH_ENV = List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");

  private BuiltinImages() {}

  /**
   * Makes sure {@code hello:latest} is the image of {@code binary}; imports it when missing or
   * when the tag names another image. Returns its id.
   */
  public static ImageId ensureHello(Images images, byte[] binary) {
    return ensureHello(images.store(), binary, Platform.host());
  }

  static ImageId ensureHello(ImageStore store, byte[] binary, Platform platform) {
    byte[] tar = helloTar(binary);
    ImageConfig config = new ImageConfig(PATH_ENV, List.of("/hello"), List.of(), "", "", Map.of(), Set.of(), Set.of(), "");
    RootfsImport.Request request = new RootfsImport.Request(List.of(), "drydock built-in image", CREATED, platform, config,
        "COPY hello / # drydock built-in");
    ImageId id = RootfsImport.run(store, new ByteArrayInputStream(tar), request);
    if (!store.lookup(HELLO).filter(id::equals).isPresent()) {
      store.tag(HELLO, id);
    }
    return id;
  }

  /** A tar with {@code hello} (0755, root, mtime 0), the same bytes on every machine. */
  static byte[] helloTar(byte[] binary) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      TarArchiveEntry e = new TarArchiveEntry("hello");
      e.setMode(0100755);
      e.setUserId(0);
      e.setGroupId(0);
      e.setUserName("");
      e.setGroupName("");
      e.setModTime(0L);
      e.setSize(binary.length);
      tar.putArchiveEntry(e);
      tar.write(binary);
      tar.closeArchiveEntry();
      tar.finish();
    } catch (IOException e) {
      throw new DrydockException.SystemError("build the hello image: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }
}
