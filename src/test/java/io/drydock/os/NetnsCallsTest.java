package io.drydock.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@KernelTest
class NetnsCallsTest {
  @TempDir Path dir;

  @Test
  void aBoundNamespaceIsNewAndNoThreadOfTheCallerIsLeftInIt() throws Exception {
    Path file = Files.createFile(dir.resolve("ns"));
    String ours = Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
    NetnsCalls.createBound(file);
    try {
      assertThat(Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString()).isEqualTo(ours);
      String inside = NetnsCalls.callIn(file, () -> Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString());
      assertThat(inside).startsWith("net:[").isNotEqualTo(ours);
      assertThat(NetnsCalls.callIn(file, NetnsCallsTest::linksOfThisThread)).containsExactly("lo");
      assertThat(linksOfThisThread()).as("links of the caller's namespace").contains("lo").hasSizeGreaterThan(1);
      assertThat(NetnsCalls.callIn(file, () -> NetworkInterface.getByName("lo").isUp())).as("loopback of a new namespace").isFalse();
      assertThat(threadsIn(inside)).as("threads of this JVM in the new namespace").isZero();
    } finally {
      MountCalls.unmountDetached(file);
    }
  }

  @Test
  void aMissingFileIsReportedAndNothingIsMounted() {
    Path file = dir.resolve("absent");
    assertThatThrownBy(() -> NetnsCalls.createBound(file))
        .isInstanceOf(SystemCallFailure.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("No such file or directory");
    assertThat(file).doesNotExist();
  }

  /** From {@code /proc/thread-self/net/dev}: {@code /proc/net} is the namespace of the process's first thread. */
  private static List<String> linksOfThisThread() throws IOException {
    return Files.readAllLines(Path.of("/proc/thread-self/net/dev")).stream().skip(2).map(l -> l.substring(0, l.indexOf(':')).trim()).toList();
  }

  private static long threadsIn(String netns) throws IOException {
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      return tasks.filter(t -> {
        try {
          return Files.readSymbolicLink(t.resolve("ns/net")).toString().equals(netns);
        } catch (IOException e) {
          return false; // the thread ended meanwhile
        }
      }).count();
    }
  }
}
