package io.drydock.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COPY's sources in the context, their content hash (the cache key) and ADD's archive detection. */
class CopySourcesTest {
  @TempDir
  Path ctx;

  @Test
  void plainGlobMissingAndEscapingSources() throws IOException {
    Files.writeString(ctx.resolve("a.txt"), "a");
    Files.writeString(ctx.resolve("b.txt"), "b");
    Files.createDirectories(ctx.resolve("dir"));
    Files.writeString(ctx.resolve("dir/c.md"), "c");
    assertThat(CopySources.resolve(ctx, List.of("./a.txt", "/dir"), "COPY")).containsExactly(ctx.resolve("a.txt"), ctx.resolve("dir"));
    assertThat(CopySources.resolve(ctx, List.of("*.txt"), "COPY")).containsExactly(ctx.resolve("a.txt"), ctx.resolve("b.txt"));
    assertThat(CopySources.resolve(ctx, List.of("dir/*.md"), "COPY")).containsExactly(ctx.resolve("dir/c.md"));
    assertThatThrownBy(() -> CopySources.resolve(ctx, List.of("nope"), "COPY")).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("COPY failed: file not found in build context or excluded by .dockerignore: stat nope: file does not exist");
    assertThatThrownBy(() -> CopySources.resolve(ctx, List.of("*.none"), "ADD")).hasMessage("ADD failed: no source files were specified");
    assertThatThrownBy(() -> CopySources.resolve(ctx, List.of("../etc/passwd"), "COPY"))
        .hasMessage("Forbidden path outside the build context: ../etc/passwd ()");
    assertThat(CopySources.cleaned("/../a/./b/../c")).isEqualTo("a/c");
  }

  @Test
  void theHashFollowsContentModeAndFlagsButNotTimes() throws IOException {
    Path f = ctx.resolve("f");
    Files.writeString(f, "one");
    String first = SourceHash.of(ctx, List.of(f), List.of());
    Files.setLastModifiedTime(f, FileTime.fromMillis(0));
    assertThat(SourceHash.of(ctx, List.of(f), List.of())).isEqualTo(first);
    assertThat(SourceHash.of(ctx, List.of(f), List.of("--chown=1:1"))).isNotEqualTo(first);
    Files.writeString(f, "two");
    String changed = SourceHash.of(ctx, List.of(f), List.of());
    assertThat(changed).isNotEqualTo(first);
    Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    assertThat(SourceHash.of(ctx, List.of(f), List.of())).isNotEqualTo(changed).matches("[0-9a-f]{64}");
  }
}
