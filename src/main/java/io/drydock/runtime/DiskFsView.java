package io.drydock.runtime;

import io.drydock.runtime.plan.FsView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The real file system as an {@link FsView}: lstat, readlink, execute bit, stat's device and inode. */
public final class DiskFsView implements FsView {
  public static final DiskFsView INSTANCE = new DiskFsView();

  private DiskFsView() {}

  @Override
  public Kind kind(String absolutePath) {
    try {
      BasicFileAttributes a = Files.readAttributes(Path.of(absolutePath), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isSymbolicLink() ? Kind.SYMLINK : a.isDirectory() ? Kind.DIRECTORY : a.isRegularFile() ? Kind.FILE : Kind.OTHER;
    } catch (IOException | RuntimeException e) {
      return Kind.MISSING;
    }
  }

  @Override
  public String readlink(String absolutePath) {
    try {
      return Files.readSymbolicLink(Path.of(absolutePath)).toString();
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public boolean isExecutable(String absolutePath) {
    return Files.isExecutable(Path.of(absolutePath));
  }

  @Override
  public boolean isSameFile(String absolutePath, String other) {
    try {
      return Files.isSameFile(Path.of(absolutePath), Path.of(other));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
