package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.cgroup.bpf.DeviceFilter;
import io.drydock.runtime.cgroup.bpf.DeviceMatch;
import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The replay of device rules against the kernel itself: random rule lists are written to a real v1
 * devices cgroup, and what the kernel then lists ({@code devices.list}: the default, and in deny
 * mode every exception in its order) is what {@link DeviceRuleReplay} computed. This checks the
 * model the v2 program is compiled from (and the property's reference with it) against the kernel,
 * and the writer the v1 manager uses ({@link CgroupDirectories#apply}, one descriptor per run of
 * rules to one file, one {@code write} per rule) with it.
 */
@KernelTest
class DeviceRuleReplayKernelTest {
  private static final long SEED = 20261129L;
  private static final String[] ACCESS = {"r", "w", "m", "rw", "rm", "wm", "rwm"};
  private static final long[] NUMBERS = {DeviceAccessRule.ANY, 0, 1, 2, 3, 4095};

  private final String parent = "drydock-replay-test-" + UUID.randomUUID().toString().substring(0, 8);
  private Path devices;

  @BeforeEach
  void hierarchy() throws IOException {
    CgroupHost host = CgroupHostReader.read();
    Requirements.require("kernel", host.hasV1("devices") ? Optional.empty() : Optional.of("needs the v1 devices controller"));
    devices = host.v1Mounts().get("devices").resolve(parent);
    Files.createDirectory(devices);
  }

  @AfterEach
  void cleanUp() throws Exception {
    assertThat(CgroupManagerKernelTest.removeTree(devices)).as("cgroups left").isEmpty();
  }

  @Test
  @IsolationRule("ISO-DEV-CGROUP")
  void theKernelListsWhatTheReplayComputed() throws IOException {
    Random random = new Random(SEED);
    for (int n = 0; n < 150; n++) {
      List<DeviceAccessRule> rules = randomRules(random);
      Path cgroup = Files.createDirectory(devices.resolve("c" + n));
      try {
        // through the managers' writer: consecutive rules of one file go through one descriptor
        CgroupDirectories.apply(CgroupFs.host(),
            rules.stream().map(r -> CgroupWrite.required("devices", r.v1File(), r.v1Line())).toList(), controller -> cgroup);
        assertThat(Files.readAllLines(cgroup.resolve("devices.list"))).as("rules %s", rules)
            .isEqualTo(listed(DeviceRuleReplay.filter(rules)));
      } finally {
        Files.delete(cgroup);
      }
    }
  }

  /** Deny all first (a v1 cgroup starts from its parent's allow-all, the replay from deny-all). */
  private static List<DeviceAccessRule> randomRules(Random random) {
    List<DeviceAccessRule> rules = new ArrayList<>(List.of(new DeviceAccessRule(false, 'a', -1, -1, "rwm")));
    int size = random.nextInt(12);
    for (int i = 0; i < size; i++) {
      char type = random.nextInt(10) == 0 ? 'a' : random.nextBoolean() ? 'c' : 'b';
      rules.add(new DeviceAccessRule(random.nextInt(3) > 0, type, NUMBERS[random.nextInt(NUMBERS.length)],
          NUMBERS[random.nextInt(NUMBERS.length)], ACCESS[random.nextInt(ACCESS.length)]));
    }
    return rules;
  }

  /** devices.list as the kernel prints it: "a *:* rwm" when allowing by default, else the exceptions. */
  private static List<String> listed(DeviceFilter filter) {
    if (filter.allowByDefault()) {
      return List.of("a *:* rwm");
    }
    return filter.exceptions().stream().map(e -> e.type() + " " + number(e.major()) + ":" + number(e.minor()) + " "
        + ((e.access() & DeviceMatch.READ) != 0 ? "r" : "") + ((e.access() & DeviceMatch.WRITE) != 0 ? "w" : "")
        + ((e.access() & DeviceMatch.MKNOD) != 0 ? "m" : "")).toList();
  }

  private static String number(long n) {
    return n == DeviceMatch.ANY ? "*" : Long.toString(n);
  }
}
