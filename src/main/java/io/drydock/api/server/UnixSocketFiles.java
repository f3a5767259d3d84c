package io.drydock.api.server;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** The file side of a unix listener: stale-socket removal before bind, mode and group after. */
final class UnixSocketFiles {
  private static final int S_IFMT = 0170000;
  private static final int S_IFSOCK = 0140000;

  private UnixSocketFiles() {}

  /**
   * Removes a socket file left by a daemon that died; refuses when something still answers on it
   * or when the path is not a socket at all.
   */
  static void removeStale(Path socket) {
    if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      int mode = (Integer) Files.getAttribute(socket, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      if ((mode & S_IFMT) != S_IFSOCK) {
        throw new DrydockException.Conflict(socket + " exists and is not a socket; remove it or choose another -H path");
      }
      if (answers(socket)) {
        throw new DrydockException.Conflict("another daemon is listening on " + socket);
      }
      Files.delete(socket);
    } catch (IOException e) {
      throw new DrydockException.SystemError("remove stale socket " + socket + ": " + e.getMessage(), e);
    }
  }

  private static boolean answers(Path socket) {
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(socket));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static void restrict(Path socket, Optional<String> group) {
    try {
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw----"));
      if (group.isPresent()) {
        GroupPrincipal principal = socket.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(group.get());
        Files.getFileAttributeView(socket, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setGroup(principal);
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("set mode/group of " + socket + ": " + e.getMessage(), e);
    }
  }
}
