package io.drydock.runtime.cgroup.bpf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes of single instructions, against struct bpf_insn as linux/bpf.h lays it out. */
class BpfInstructionTest {
  private static String hex(BpfInstruction... program) {
    return HexFormat.of().formatHex(BpfInstruction.encode(List.of(program)));
  }

  @Test
  void aLoadPutsDestinationInTheLowAndSourceInTheHighNibble() {
    assertThat(hex(BpfInstruction.loadWord(2, 1, 4))).isEqualTo("6112040000000000");
  }

  @Test
  void immediatesAndOffsetsAreLittleEndian() {
    assertThat(hex(BpfInstruction.jumpIfNotEqual(4, 136, 3))).isEqualTo("5504030088000000");
    assertThat(hex(BpfInstruction.and32(2, 0xffff))).isEqualTo("54020000ffff0000");
    assertThat(hex(BpfInstruction.move64(0, -1))).isEqualTo("b7000000ffffffff");
  }

  @Test
  void theOtherOpcodesAreTheKernels() {
    assertThat(hex(BpfInstruction.move32(3, 2), BpfInstruction.shiftRight32(3, 16), BpfInstruction.jumpIfEqual(0, 0, 2),
        BpfInstruction.jumpIfAnySet(3, 5, 1), BpfInstruction.exit()))
        .isEqualTo("bc23000000000000" + "7403000010000000" + "1500020000000000" + "4503010005000000" + "9500000000000000");
  }

  @Test
  void denyAllWithoutExceptionsIsThePrologueAndReturnZero() {
    List<BpfInstruction> program = DeviceFilterProgram.compile(new DeviceFilter(false, List.of()));
    assertThat(program).hasSize(8);
    assertThat(hex(program.get(6), program.get(7))).isEqualTo("b700000000000000" + "9500000000000000");
    assertThat(BpfInterpreter.run(BpfInstruction.encode(program), 2, DeviceMatch.READ, 1, 3)).isZero();
  }

  @Test
  void aJumpSkipsExactlyToTheNextException() {
    DeviceFilter filter = new DeviceFilter(false, List.of(new DeviceMatch('c', 1, 3, DeviceMatch.READ),
        new DeviceMatch('b', DeviceMatch.ANY, DeviceMatch.ANY, DeviceMatch.MKNOD)));
    List<BpfInstruction> program = DeviceFilterProgram.compile(filter);
    assertThat(program.get(6)).isEqualTo(BpfInstruction.jumpIfNotEqual(2, DeviceFilterProgram.DEV_CHAR, 5));
    assertThat(program.get(9)).isEqualTo(BpfInstruction.jumpIfAnySet(3, DeviceMatch.WRITE | DeviceMatch.MKNOD, 2));
    assertThat(program.get(12)).isEqualTo(BpfInstruction.jumpIfNotEqual(2, DeviceFilterProgram.DEV_BLOCK, 3));
    assertThat(program).hasSize(18);
  }
}
