package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeTarTest {
  @TempDir Path dir;

  static List<TarArchiveEntry> entries(byte[] tar) throws Exception {
    List<TarArchiveEntry> out = new ArrayList<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
      for (TarArchiveEntry e; (e = in.getNextEntry()) != null; ) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void aTreeBecomesSortedEntriesWithLinksKeptAsLinks() throws Exception {
    Path root = dir.resolve("app");
    Files.createDirectories(root.resolve("b"));
    Files.writeString(root.resolve("b/data"), "hello");
    Files.createLink(root.resolve("a-hard"), root.resolve("b/data"));
    Files.createSymbolicLink(root.resolve("c-link"), Path.of("/etc/passwd"));
    Files.setLastModifiedTime(root.resolve("b/data"), FileTime.from(Instant.parse("2026-03-04T05:06:07.891Z")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TreeTar tar = new TreeTar(out)) {
      tar.addTree(root, "app");
      tar.finish();
    }
    List<TarArchiveEntry> entries = entries(out.toByteArray());
    assertThat(entries).extracting(TarArchiveEntry::getName).containsExactly("app/", "app/a-hard", "app/b/", "app/b/data", "app/c-link");
    assertThat(entries.get(1).isFile()).isTrue();
    assertThat(entries.get(3).isLink()).isTrue();
    assertThat(entries.get(3).getLinkName()).isEqualTo("app/a-hard");
    assertThat(entries.get(4).isSymbolicLink()).isTrue();
    assertThat(entries.get(4).getLinkName()).isEqualTo("/etc/passwd");
    assertThat(entries.get(1).getSize()).isEqualTo(5);
  }

  @Test
  void markersAreEmptyFilesAndTimesAreWholeSeconds() throws Exception {
    Path f = dir.resolve("f");
    Files.writeString(f, "x", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2026-03-04T05:06:07.891Z")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TreeTar tar = new TreeTar(out)) {
      tar.add(f, "f");
      tar.marker("d/.wh.gone", FileTime.from(Instant.parse("2026-03-04T05:06:07.5Z")));
      tar.finish();
    }
    List<TarArchiveEntry> entries = entries(out.toByteArray());
    assertThat(entries).extracting(TarArchiveEntry::getName).containsExactly("f", "d/.wh.gone");
    assertThat(entries.get(0).getLastModifiedTime().toInstant()).isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
    assertThat(entries.get(1).getSize()).isZero();
  }
}
