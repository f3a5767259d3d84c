package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.BlockIo;
import io.drydock.engine.spec.DeviceNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The block I/O settings' paths as dockerd's start stats them: numbers of whatever the path is, or dockerd's words for none. */
class BlockDeviceLookupTest {
  private static BlockIo reading(String path) {
    return new BlockIo(0, null, List.of(new BlockIo.Throttle(path, 1)), null, null, null);
  }

  @Test
  void aNodeGivesItsNumbersAndAnythingElseZeroZeroForTheKernelToRefuse() {
    BlockIo io = new BlockIo(0, List.of(new BlockIo.WeightDevice("/dev/null", 500)), List.of(new BlockIo.Throttle("/dev/null", 1)), null,
        List.of(new BlockIo.Throttle("/tmp", 5)), null);
    assertThat(BlockDeviceLookup.resolve(io)).containsEntry("/dev/null", new DeviceNumber(1, 3)).containsEntry("/tmp", new DeviceNumber(0, 0))
        .hasSize(2);
    assertThat(BlockDeviceLookup.resolve(BlockIo.NONE)).isEmpty();
  }

  @Test
  void aMissingOrEmptyPathFailsInDockerdsWords() {
    assertThatThrownBy(() -> BlockDeviceLookup.resolve(reading("/dev/drydock-nope"))).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("stat /dev/drydock-nope: no such file or directory");
    assertThatThrownBy(() -> BlockDeviceLookup.resolve(reading(""))).hasMessage("stat : no such file or directory");
  }
}
