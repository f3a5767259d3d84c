package io.drydock.engine.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a context file is a tar archive ADD unpacks: plain tar, gzip, bzip2, xz or zstd, by its first bytes. */
final class Archives {
  private Archives() {}

  static boolean isArchive(Path file) {
    byte[] head = new byte[512];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return false;
    }
    return starts(head, n, 0x1f, 0x8b) || starts(head, n, 'B', 'Z', 'h') || starts(head, n, 0xfd, '7', 'z', 'X', 'Z', 0)
        || starts(head, n, 0x28, 0xb5, 0x2f, 0xfd) || (n >= 262 && new String(head, 257, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("ustar"));
  }

  private static boolean starts(byte[] head, int n, int... magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
