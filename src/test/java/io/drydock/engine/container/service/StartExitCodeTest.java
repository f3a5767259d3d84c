package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The exit code dockerd records for a start that failed, and the status of a runtime's refusal, both by the failure's kind. */
class StartExitCodeTest {
  @Test
  void theKindIsReadFromTheRuntimesMessage() {
    assertThat(StartFailureKind.of("exec: \"nosuch\": executable file not found in $PATH")).isEqualTo(StartFailureKind.EXECUTABLE_NOT_FOUND);
    assertThat(StartFailureKind.of("exec /bin/nosuch: no such file or directory")).isEqualTo(StartFailureKind.MISSING_FILE);
    assertThat(StartFailureKind.of("open /x: No such file or directory")).isEqualTo(StartFailureKind.MISSING_FILE);
    assertThat(StartFailureKind.of("exec /etc/passwd: permission denied")).isEqualTo(StartFailureKind.PERMISSION);
    assertThat(StartFailureKind.of("mount /x: not a directory")).isEqualTo(StartFailureKind.NOT_A_DIRECTORY);
    assertThat(StartFailureKind.of("chdir: no such file or directory, not a directory")).as("a missing file first")
        .isEqualTo(StartFailureKind.MISSING_FILE);
    assertThat(StartFailureKind.of("network ddtest-nosuchnet not found")).isEqualTo(StartFailureKind.OTHER);
    assertThat(StartFailureKind.of(null)).isEqualTo(StartFailureKind.OTHER);
  }

  @Test
  void commandNotFoundIs127NotExecutableIs126() {
    assertThat(StartFailureKind.of("exec: \"nosuch\": executable file not found in $PATH").exitCode()).isEqualTo(127);
    assertThat(StartFailureKind.of("exec /bin/nosuch: no such file or directory").exitCode()).isEqualTo(127);
    assertThat(StartFailureKind.of("exec /etc/passwd: permission denied").exitCode()).isEqualTo(126);
    assertThat(StartFailureKind.of("mount /x on /etc: not a directory").exitCode()).as("dockerd 20.10 with runc").isEqualTo(127);
  }

  @Test
  void aMissingNetworkOrAnyOtherFailureIs128() {
    assertThat(StartFailureKind.of("network ddtest-nosuchnet not found").exitCode()).isEqualTo(128);
    assertThat(StartFailureKind.of("Bind for 127.0.0.1:8080 failed: port is already allocated").exitCode()).isEqualTo(128);
  }

  @Test
  void aRuntimesRefusalIsAServerErrorUnlessDockerdReadsItAsTheClientsConfig() {
    assertThat(StartOperation.runtimeRefusal("drydock", new io.drydock.common.DrydockException.InvalidArgument(
        "sysctl \"vm.swappiness\" is not in a separate kernel namespace")))
        .isInstanceOf(io.drydock.common.DrydockException.SystemError.class)
        .hasMessage("failed to create shim task: OCI runtime create failed: drydock create failed: "
            + "sysctl \"vm.swappiness\" is not in a separate kernel namespace: unknown");
    for (String clients : java.util.List.of("exec: \"nosuch\": executable file not found in $PATH",
        "open /proc/sys/net/nope/x: no such file or directory", "exec /etc/passwd: permission denied", "mount /x: not a directory")) {
      assertThat(StartOperation.runtimeRefusal("drydock", new io.drydock.common.DrydockException.InvalidArgument(clients)))
          .as(clients).isInstanceOf(io.drydock.common.DrydockException.InvalidArgument.class);
    }
    assertThat(StartOperation.runtimeRefusal("drydock", new io.drydock.common.DrydockException.SystemError("exec /x: permission denied")))
        .as("dockerd reads the words, whoever said them").isInstanceOf(io.drydock.common.DrydockException.InvalidArgument.class);
  }

  /** dockerd 20.10 with runc: the runtime's words between containerd's and runc's prefixes and the gRPC status. */
  @Test
  void aRefusalOfTheProcessReadsAsDockerdsWithTheRuntimesName() {
    String refused = StartOperation.runtimeRefusal("drydock", new io.drydock.common.DrydockException.InvalidArgument(
        "exec: \"nope\": executable file not found in $PATH")).getMessage();
    assertThat(refused).isEqualTo("failed to create shim task: OCI runtime create failed: drydock create failed: unable to start container process: "
        + "exec: \"nope\": executable file not found in $PATH: unknown");
    assertThat(StartFailureKind.of(refused).exitCode()).as("the kind survives the prefixes").isEqualTo(127);
    assertThat(StartOperation.runtimeRefusal("runc", new io.drydock.common.DrydockException.InvalidArgument("exec: \"/etc\": Permission denied")))
        .hasMessage("failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: "
            + "exec: \"/etc\": permission denied: unknown");
    assertThat(StartOperation.runtimeRefusal("drydock", new io.drydock.common.DrydockException.InvalidArgument("mount /f on /etc: Not a directory")))
        .hasMessage("failed to create shim task: OCI runtime create failed: drydock create failed: unable to start container process: "
            + "mount /f on /etc: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? "
            + "Check if the specified host path exists and is the expected type");
    assertThat(RuntimeFailureText.exec("exec: \"nope\": executable file not found in $PATH")).isEqualTo(
        "OCI runtime exec failed: exec failed: unable to start container process: exec: \"nope\": executable file not found in $PATH: unknown");
    assertThat(RuntimeFailureText.exec("Cwd must be an absolute path"))
        .isEqualTo("OCI runtime exec failed: exec failed: Cwd must be an absolute path: unknown");
  }
}
