package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The exit code dockerd records for a start that failed, chosen from the error's text. */
class StartExitCodeTest {
  @Test
  void commandNotFoundIs127NotExecutableIs126() {
    assertThat(StartOperation.exitCodeOf("exec: \"nosuch\": executable file not found in $PATH")).isEqualTo(127);
    assertThat(StartOperation.exitCodeOf("exec /bin/nosuch: no such file or directory")).isEqualTo(127);
    assertThat(StartOperation.exitCodeOf("exec /etc/passwd: permission denied")).isEqualTo(126);
  }

  @Test
  void aMissingNetworkOrAnyOtherFailureIs128() {
    assertThat(StartOperation.exitCodeOf("network ddtest-nosuchnet not found")).isEqualTo(128);
    assertThat(StartOperation.exitCodeOf("Bind for 127.0.0.1:8080 failed: port is already allocated")).isEqualTo(128);
  }

  @Test
  void aRuntimesRefusalIsAServerErrorUnlessDockerdReadsItAsTheClientsConfig() {
    assertThat(StartOperation.runtimeRefusal(new io.drydock.common.DrydockException.InvalidArgument(
        "sysctl \"vm.swappiness\" is not in a separate kernel namespace")))
        .isInstanceOf(io.drydock.common.DrydockException.SystemError.class)
        .hasMessage("sysctl \"vm.swappiness\" is not in a separate kernel namespace");
    for (String clients : java.util.List.of("exec: \"nosuch\": executable file not found in $PATH",
        "open /proc/sys/net/nope/x: no such file or directory", "exec /etc/passwd: permission denied", "mount /x: not a directory")) {
      assertThat(StartOperation.runtimeRefusal(new io.drydock.common.DrydockException.InvalidArgument(clients)))
          .as(clients).isInstanceOf(io.drydock.common.DrydockException.InvalidArgument.class);
    }
  }
}
