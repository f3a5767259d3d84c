package io.drydock.conformance.glue;

import io.cucumber.java.en.Then;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Tar answers (archive, export) read entry by entry: what a client's {@code tar tv} shows of them. */
public final class ArchiveSteps {
  /**
   * The owner of one entry as {@code uid/gid uname/gname}, the names empty when the header has
   * none: {@code 0/0 root/root}.
   */
  @Then("the tar entry {string} is owned by {string}")
  public void ownedBy(String name, String expected) {
    TarArchiveEntry e = entry(name);
    String got = e.getLongUserId() + "/" + e.getLongGroupId() + " " + e.getUserName() + "/" + e.getGroupName();
    Expect.equal(got, expected, "the owner of " + name + " in the tar answer");
  }

  /**
   * One entry's kind, permission bits (octal) and size, as {@code tar tv} shows them:
   * {@code file 755 0}, {@code dir 755}, {@code symlink /proc/mounts} (its target).
   */
  @Then("the tar entry {string} is {string}")
  public void is(String name, String expected) {
    TarArchiveEntry e = entry(name);
    String mode = Integer.toOctalString(e.getMode() & 07777);
    String got = e.isSymbolicLink() ? "symlink " + e.getLinkName()
        : e.isDirectory() ? "dir " + mode
        : e.isFile() ? "file " + mode + " " + e.getSize()
        : "other " + mode;
    Expect.equal(got, expected, "the entry " + name + " in the tar answer");
  }

  /** The entry named {@code name}, a directory's with or without its trailing slash. */
  private static TarArchiveEntry entry(String name) {
    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(World.get().result.body()))) {
      StringBuilder seen = new StringBuilder();
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name) || e.isDirectory() && e.getName().equals(name + "/")) {
          return e;
        }
        seen.append(' ').append(e.getName());
      }
      throw new AssertionError("no entry " + name + " in the tar answer; it holds" + seen);
    } catch (IOException e) {
      throw new UncheckedIOException("read the tar answer: " + e.getMessage(), e);
    }
  }
}
