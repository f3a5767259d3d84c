package io.drydock.engine.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InterfaceCountersTest {
  private static final String NET_DEV = """
      Inter-|   Receive                                                |  Transmit
       face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
          lo:     840      10    0    0    0     0          0         0      840      10    0    0    0     0       0          0
        eth0: 1055220     731    1    2    0     0          0         0 18446744073709551615 412  3    4    0     0       0          0
        eth1:      70       1    0    0    0     0          0         0        0       0    0    0    0     0       0          0
      """;

  @Test
  void theRowsAreReadByNameWithoutLoopback() {
    Map<String, InterfaceCounters> rows = InterfaceCounters.parse(NET_DEV);
    assertThat(rows.keySet()).containsExactly("eth0", "eth1");
    assertThat(rows.get("eth0")).isEqualTo(new InterfaceCounters(1055220, 731, 1, 2, -1L, 412, 3, 4));
    assertThat(Long.toUnsignedString(rows.get("eth0").txBytes())).as("an unsigned 64-bit counter").isEqualTo("18446744073709551615");
    assertThat(rows.get("eth1").rxBytes()).isEqualTo(70);
  }

  @Test
  void malformedRowsAndAMissingProcessGiveNothing() {
    assertThat(InterfaceCounters.parse("eth0: 1 2 3\nbond0: x 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n")).isEmpty();
    assertThat(InterfaceCounters.ofProcess(Long.MAX_VALUE)).isEmpty();
  }
}
