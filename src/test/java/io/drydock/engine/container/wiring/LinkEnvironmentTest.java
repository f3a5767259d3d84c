package io.drydock.engine.container.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The variables of a legacy link, as dockerd 20.10's {@code daemon/links} writes them. */
class LinkEnvironmentTest {
  private static final String IP = "172.17.0.2";

  @Test
  void aRangeOfThreeOrMorePortsGetsStartAndEndAndEveryPortItsOwnFourVariables() {
    List<String> env = LinkEnvironment.of("/web/my-db", IP, Set.of("8081/tcp", "80/tcp", "8080/tcp", "53/udp", "8082/tcp"),
        List.of("PATH=/bin", "A=1=2", "HOME=/root", "NOVALUE", "EMPTY="));
    assertThat(env).containsExactly(
        "MY_DB_PORT=udp://172.17.0.2:53",
        "MY_DB_PORT_8080_TCP_START=tcp://172.17.0.2:8080",
        "MY_DB_PORT_8080_TCP_ADDR=172.17.0.2",
        "MY_DB_PORT_8080_TCP_PROTO=tcp",
        "MY_DB_PORT_8080_TCP_PORT_START=8080",
        "MY_DB_PORT_8080_TCP_END=tcp://172.17.0.2:8082",
        "MY_DB_PORT_8080_TCP_PORT_END=8082",
        "MY_DB_PORT_53_UDP=udp://172.17.0.2:53", "MY_DB_PORT_53_UDP_ADDR=172.17.0.2", "MY_DB_PORT_53_UDP_PORT=53", "MY_DB_PORT_53_UDP_PROTO=udp",
        "MY_DB_PORT_80_TCP=tcp://172.17.0.2:80", "MY_DB_PORT_80_TCP_ADDR=172.17.0.2", "MY_DB_PORT_80_TCP_PORT=80", "MY_DB_PORT_80_TCP_PROTO=tcp",
        "MY_DB_PORT_8080_TCP=tcp://172.17.0.2:8080", "MY_DB_PORT_8080_TCP_ADDR=172.17.0.2", "MY_DB_PORT_8080_TCP_PORT=8080",
        "MY_DB_PORT_8080_TCP_PROTO=tcp",
        "MY_DB_PORT_8081_TCP=tcp://172.17.0.2:8081", "MY_DB_PORT_8081_TCP_ADDR=172.17.0.2", "MY_DB_PORT_8081_TCP_PORT=8081",
        "MY_DB_PORT_8081_TCP_PROTO=tcp",
        "MY_DB_PORT_8082_TCP=tcp://172.17.0.2:8082", "MY_DB_PORT_8082_TCP_ADDR=172.17.0.2", "MY_DB_PORT_8082_TCP_PORT=8082",
        "MY_DB_PORT_8082_TCP_PROTO=tcp",
        "MY_DB_NAME=/web/my-db",
        "MY_DB_ENV_A=1=2",
        "MY_DB_ENV_EMPTY=");
  }

  @Test
  void tcpComesBeforeUdpOfTheSameNumberAndTwoConsecutivePortsAreNoRange() {
    List<String> env = LinkEnvironment.of("/c/db", IP, Set.of("53/udp", "53/tcp"), List.of());
    assertThat(env).containsExactly("DB_PORT=tcp://172.17.0.2:53",
        "DB_PORT_53_TCP=tcp://172.17.0.2:53", "DB_PORT_53_TCP_ADDR=172.17.0.2", "DB_PORT_53_TCP_PORT=53", "DB_PORT_53_TCP_PROTO=tcp",
        "DB_PORT_53_UDP=udp://172.17.0.2:53", "DB_PORT_53_UDP_ADDR=172.17.0.2", "DB_PORT_53_UDP_PORT=53", "DB_PORT_53_UDP_PROTO=udp",
        "DB_NAME=/c/db");
  }

  @Test
  void aRunIsFoundByCountingNumbersAsDockerdDoesSoTwoProtocolsOfOneNumberExtendIt() {
    List<String> env = LinkEnvironment.of("/c/db", IP, Set.of("53/udp", "53/tcp", "54/tcp"), List.of());
    assertThat(env).containsSubsequence("DB_PORT_53_TCP_START=tcp://172.17.0.2:53", "DB_PORT_53_TCP_END=tcp://172.17.0.2:54");
  }

  @Test
  void aTargetWithoutPortsOrEnvGivesOnlyItsName() {
    assertThat(LinkEnvironment.of("/c/db", IP, Set.of(), List.of("PATH=/bin", "HOME=/"))).containsExactly("DB_NAME=/c/db");
  }

  @Property
  void everyPortHasItsFourVariablesAndTheLowestIsTheDefault(@ForAll @Size(max = 8) Set<@IntRange(min = 1, max = 40) Integer> numbers) {
    Set<String> ports = new TreeSet<>();
    numbers.forEach(n -> ports.add(n + "/tcp"));
    List<String> env = LinkEnvironment.of("/c/x", IP, ports, List.of("K=v"));
    for (int n : numbers) {
      assertThat(env).contains("X_PORT_" + n + "_TCP=tcp://" + IP + ":" + n, "X_PORT_" + n + "_TCP_ADDR=" + IP, "X_PORT_" + n + "_TCP_PORT=" + n,
          "X_PORT_" + n + "_TCP_PROTO=tcp");
    }
    numbers.stream().min(Integer::compare).ifPresentOrElse(low -> assertThat(env.get(0)).isEqualTo("X_PORT=tcp://" + IP + ":" + low),
        () -> assertThat(env).noneMatch(e -> e.startsWith("X_PORT=")));
    assertThat(env.subList(env.size() - 2, env.size())).containsExactly("X_NAME=/c/x", "X_ENV_K=v");
    long starts = env.stream().filter(e -> e.contains("_START=")).count();
    assertThat(env.stream().filter(e -> e.contains("_END=")).count()).isEqualTo(starts);
    assertThat(env).hasSize(4 * numbers.size() + (numbers.isEmpty() ? 0 : 1) + 3 * (int) starts + 2);
  }
}
