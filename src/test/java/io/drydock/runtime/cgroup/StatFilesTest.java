package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatFilesTest {
  @Test
  void numbersReadMaxAsUnlimited() {
    assertThat(StatFiles.number("max\n")).isEqualTo(-1);
    assertThat(StatFiles.number("42\n")).isEqualTo(42);
    assertThat(StatFiles.number("")).isZero();
  }

  @Test
  void flatKeyedSkipsLinesThatAreNotPairs() {
    assertThat(StatFiles.flatKeyed("cache 4096\nrss 8192\nbogus\noom_kill 2\n"))
        .containsEntry("cache", 4096L).containsEntry("rss", 8192L).containsEntry("oom_kill", 2L).hasSize(3);
  }

  @Test
  void v1ServiceBytesSumsPerDevice() {
    String text = """
        8:0 Read 100
        8:0 Write 50
        8:0 Sync 150
        8:0 Total 150
        8:16 Read 7
        Total 157
        """;
    assertThat(StatFiles.v1Blkio(text)).as("every device line as the kernel wrote it, the device-less total left out").containsExactly(
        new CgroupStats.BlkioEntry(8, 0, "Read", 100), new CgroupStats.BlkioEntry(8, 0, "Write", 50), new CgroupStats.BlkioEntry(8, 0, "Sync", 150),
        new CgroupStats.BlkioEntry(8, 0, "Total", 150), new CgroupStats.BlkioEntry(8, 16, "Read", 7));
  }

  @Test
  void v2IoStatReadsBytes() {
    assertThat(StatFiles.v2IoStat("259:0 rbytes=1 wbytes=2 rios=3 wios=4\n"))
        .containsExactly(new CgroupStats.BlkioEntry(259, 0, "Read", 1), new CgroupStats.BlkioEntry(259, 0, "Write", 2));
  }

  @Test
  void v1PerCpuUsageIsOneNumberPerCpu() {
    assertThat(StatFiles.numbers("13749316 18812736 \n")).containsExactly(13749316L, 18812736L);
    assertThat(StatFiles.numbers("")).isEmpty();
  }

  @Test
  void pidsOnePerLine() {
    assertThat(StatFiles.pids("12\n7\n\n")).containsExactly(12L, 7L);
  }
}
