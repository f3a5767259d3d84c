package io.drydock.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COPY's tar: whole modes (setuid, setgid, sticky), hard links among the copied files, long names. */
class CopyLayerTest {
  @TempDir
  Path dir;

  @Test
  void permissionBitsKeepSetuidSetgidAndSticky() throws Exception {
    Path f = Files.createFile(dir.resolve("tool"));
    Process chmod = new ProcessBuilder("chmod", "7751", f.toString()).inheritIO().start();
    assertThat(chmod.waitFor()).isZero();
    assertThat(SourceHash.permissionBits(f)).isEqualTo(07751);
  }

  @Test
  void hardLinksBecomeLinkEntriesAndLongNamesStayWhole() throws Exception {
    Path src = Files.createDirectory(dir.resolve("src"));
    Files.writeString(src.resolve("a"), "linked");
    Files.createLink(src.resolve("b"), src.resolve("a"));
    String longName = "n".repeat(150);
    Files.writeString(src.resolve(longName), "long");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CopyLayer layer = new CopyLayer(bytes)) {
      layer.directory("d");
      layer.copy(src, "d");
    }
    Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        entries.put(e.getName(), e);
      }
    }
    assertThat(entries.keySet()).containsExactly("d/", "d/a", "d/b", "d/" + longName);
    assertThat(entries.get("d/").getMode() & 07777).isEqualTo(0755);
    assertThat(entries.get("d/a").isFile()).isTrue();
    assertThat(entries.get("d/b").isLink()).isTrue();
    assertThat(entries.get("d/b").getLinkName()).isEqualTo("d/a");
    assertThat(entries.get("d/" + longName).getSize()).isEqualTo(4);
  }
}
