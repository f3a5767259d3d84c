package io.drydock.engine.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CgroupDetectorTest {
  private static final String HYBRID =
      """
      31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
      32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
      35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
      41 31 0:38 / /sys/fs/cgroup/unified rw,relatime shared:5 - cgroup2 cgroup2 rw
      """;
  private static final String UNIFIED =
      """
      22 1 0:21 / /proc rw,nosuid - proc proc rw
      35 24 0:30 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 rw,nsdelegate
      """;

  @Test
  void hybridLayoutIsVersionOne() {
    assertThat(CgroupDetector.detect(HYBRID)).contains(CgroupVersion.V1);
  }

  @Test
  void cgroup2AtTheRootIsVersionTwo() {
    assertThat(CgroupDetector.detect(UNIFIED)).contains(CgroupVersion.V2);
  }

  @Test
  void noCgroupMountsIsUnknown() {
    assertThat(CgroupDetector.detect("22 1 0:21 / /proc rw - proc proc rw\n")).isEmpty();
  }

  @Test
  void optionalFieldsBeforeTheSeparatorAreSkipped() {
    String line = "35 24 0:30 / /sys/fs/cgroup rw shared:9 master:2 - cgroup2 cgroup2 rw\n";
    assertThat(CgroupDetector.detect(line)).contains(CgroupVersion.V2);
  }
}
