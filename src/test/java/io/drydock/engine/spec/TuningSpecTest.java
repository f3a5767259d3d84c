package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.container.BlockIo;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.ResourceTuning;
import io.drydock.runtime.spec.Resources;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.SpecValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The finer resource settings in the OCI spec, as dockerd's {@code WithResources} writes them, and in an update's resources. */
class TuningSpecTest {
  private static final BlockIo IO = new BlockIo(0, null, List.of(new BlockIo.Throttle("/dev/vda", 1_048_576)), null,
      List.of(new BlockIo.Throttle("/dev/vda", 100)), List.of(new BlockIo.Throttle("/dev/zram0", 200)));
  private static final ResourceTuning TUNING = new ResourceTuning(10L, 20L << 20, 4L << 20, "0", 500_000, 10_000, IO);
  private static final Map<String, DeviceNumber> NUMBERS = Map.of("/dev/vda", new DeviceNumber(254, 0), "/dev/zram0", new DeviceNumber(253, 0));

  private static Spec spec(ContainerResources r) {
    SpecInput plain = SpecFixtures.input(HostSettings.DEFAULT, r);
    return OciSpecBuilder.build(new SpecInput(plain.container(), plain.host(), plain.user(), plain.rootfs(), plain.etcFiles(), Optional.empty(),
        List.of(), null, SpecInput.DEFAULT_CGROUP_PARENT, List.of(), NamespaceJoins.NONE, NUMBERS, List.of()));
  }

  @Test
  void everySettingReachesTheSpecWithTheDevicesNumbers() {
    Spec s = spec(ContainerResources.NONE.withTuning(TUNING));
    Resources r = s.linux().resources();
    assertThat(r.memory().swappiness()).isEqualTo(10L);
    assertThat(r.memory().kernel()).isEqualTo(20L << 20);
    assertThat(r.memory().kernelTCP()).isEqualTo(4L << 20);
    assertThat(r.cpu().mems()).isEqualTo("0");
    assertThat(r.cpu().realtimePeriod()).isEqualTo(500_000L);
    assertThat(r.cpu().realtimeRuntime()).isEqualTo(10_000L);
    assertThat(r.blockIO().weight()).isNull();
    assertThat(r.blockIO().throttleReadBpsDevice()).containsExactly(Map.of("major", 254L, "minor", 0L, "rate", 1_048_576L));
    assertThat(r.blockIO().throttleWriteBpsDevice()).isNull();
    assertThat(r.blockIO().throttleReadIOPSDevice()).containsExactly(Map.of("major", 254L, "minor", 0L, "rate", 100L));
    assertThat(r.blockIO().throttleWriteIOPSDevice()).containsExactly(Map.of("major", 253L, "minor", 0L, "rate", 200L));
    assertThat(SpecValidator.validate(SpecCodec.parse(SpecCodec.write(s), "test"))).isNotNull();
    io.drydock.runtime.spec.Linux ahead = OciSpecBuilder.cgroupPart(SpecFixtures.input(HostSettings.DEFAULT, ContainerResources.NONE.withTuning(TUNING)).container(),
        HostSettings.DEFAULT, SpecInput.DEFAULT_CGROUP_PARENT, List.of(), NUMBERS);
    assertThat(ahead.resources().blockIO()).isEqualTo(r.blockIO());
  }

  @Test
  void withoutTuningTheSpecHasNoneOfIt() {
    Resources r = spec(ContainerResources.NONE).linux().resources();
    assertThat(r.memory()).isNull();
    assertThat(r.cpu()).isNull();
    assertThat(r.blockIO()).isNull();
  }

  @Test
  void anUpdateWritesTheMemoryNodesAndWeightButNotSwappinessRealtimeOrThrottles() {
    Resources u = OciSpecBuilder.updatedResources(ContainerResources.NONE.withTuning(TUNING.withBlockIo(IO.withWeight(300))));
    assertThat(u.cpu().mems()).isEqualTo("0");
    assertThat(u.cpu().realtimePeriod()).isNull();
    assertThat(u.cpu().realtimeRuntime()).isNull();
    assertThat(u.memory().swappiness()).isNull();
    assertThat(u.blockIO().weight()).isEqualTo(300);
    assertThat(u.blockIO().throttleReadBpsDevice()).isNull();
  }

}
