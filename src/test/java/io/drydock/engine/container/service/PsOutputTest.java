package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PsOutputTest {
  private static final String PS_EF = """
      UID          PID    PPID  C STIME TTY          TIME CMD
      root           1       0  0 04:00 ?        00:00:03 /sbin/init
      root       31319   31300 12 05:19 ?        00:00:00 sleep 300
      nobody     31400   31319  0 05:20 pts/3    00:00:01 sh -c  echo   a  b
      """;

  @Test
  void keepsOnlyTheContainersRowsWithTheLastFieldWhole() {
    ProcessList l = PsOutput.containerRows(PS_EF, Set.of(31319L, 31400L));
    assertThat(l.titles()).containsExactly("UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD");
    assertThat(l.processes()).containsExactly(
        List.of("root", "31319", "31300", "12", "05:19", "?", "00:00:00", "sleep 300"),
        List.of("nobody", "31400", "31319", "0", "05:20", "pts/3", "00:00:01", "sh -c echo a b"));
  }

  @Test
  void threadLinesFollowTheirProcess() {
    String psM = """
        PID TTY          TIME CMD
          1 -        00:00:03 init
          - -        00:00:03 -
         77 -        00:00:00 sleep
          - -        00:00:00 -
        """;
    assertThat(PsOutput.containerRows(psM, Set.of(77L)).processes())
        .containsExactly(List.of("77", "-", "00:00:00", "sleep"), List.of("-", "-", "00:00:00", "-"));
  }

  @Test
  void outputWithoutPidColumnOrWithABadPidIsRefused() {
    assertThatThrownBy(() -> PsOutput.containerRows("COMMAND\nsleep\n", Set.of(1L)))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("Couldn't find PID field in ps output");
    assertThatThrownBy(() -> PsOutput.containerRows("PID CMD\nx sleep\n", Set.of(1L)))
        .isInstanceOf(DrydockException.SystemError.class).hasMessageStartingWith("Unexpected pid 'x'");
  }

  @Test
  void argumentsDefaultToEfAndSplitAtSingleSpaces() {
    assertThat(PsOutput.arguments("")).containsExactly("-ef");
    assertThat(PsOutput.arguments("-o pid,comm")).containsExactly("-o", "pid,comm");
    assertThat(PsOutput.arguments("-o pid=PID")).containsExactly("-o", "pid=PID");
    assertThat(PsOutput.pidSelection(List.of(3L, 14L))).isEqualTo("-q3,14");
  }

  @Test
  void anotherColumnRenamedToPidIsRefused() {
    assertThatThrownBy(() -> PsOutput.arguments("-o user=PID"))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("specifying \"user=PID\" is not allowed");
  }
}
