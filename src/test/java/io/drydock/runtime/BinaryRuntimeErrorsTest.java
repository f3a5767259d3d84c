package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.common.DrydockException;
import org.junit.jupiter.api.Test;

/** The stderr phrases of runc and crun (as printed by runc 1.1 and crun 1.8) and the class each means. */
class BinaryRuntimeErrorsTest {
  @Test
  void crunsMissingStatusFileMeansTheContainerIsNotThereNotABrokenSystem() {
    DrydockException e = BinaryRuntimeErrors.classify("crun", "state",
        "error opening file `/run/drydock/crun/c1/status`: No such file or directory\n");
    assertThat(e).isInstanceOf(DrydockException.NotFound.class)
        .hasMessage("crun state: error opening file `/run/drydock/crun/c1/status`: No such file or directory");
  }

  @Test
  void crunsStateOfAContainerWhoseDirectoryIsBeingEmptiedIsNotFoundButABadBundleIsInvalid() {
    assertThat(BinaryRuntimeErrors.classify("crun", "state", "error loading config.json"))
        .isInstanceOf(DrydockException.NotFound.class);
    assertThat(BinaryRuntimeErrors.classify("crun", "create", "error loading config.json"))
        .isInstanceOf(DrydockException.InvalidArgument.class);
  }

  @Test
  void crunsDeleteOfAnUnknownIdIsNotFound() {
    assertThat(BinaryRuntimeErrors.classify("crun", "delete", "cannot open directory '/run/crun/x': No such file or directory"))
        .isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void otherMissingFilesStayUnexplainedSystemErrors() {
    assertThat(BinaryRuntimeErrors.classify("crun", "create", "error opening file `/proc/self/ns/cgroup`: Permission denied"))
        .isInstanceOf(DrydockException.SystemError.class);
    assertThat(BinaryRuntimeErrors.classify("crun", "create", "open `/sys/fs/cgroup/x/status`: Permission denied"))
        .isInstanceOf(DrydockException.SystemError.class);
  }

  @Test
  void runcsPhrasesKeepTheirClasses() {
    assertThat(BinaryRuntimeErrors.classify("runc", "state", "time=\"x\" level=error msg=\"container does not exist\""))
        .isInstanceOf(DrydockException.NotFound.class);
    assertThat(BinaryRuntimeErrors.classify("runc", "pause", "container not running"))
        .isInstanceOf(DrydockException.Conflict.class);
    assertThat(BinaryRuntimeErrors.classify("runc", "create", "container with id exists: c1"))
        .isInstanceOf(DrydockException.Conflict.class);
    assertThat(BinaryRuntimeErrors.classify("runc", "create", "open config.json: no such file or directory"))
        .isInstanceOf(DrydockException.InvalidArgument.class);
  }

  @Test
  void crunsKillOfAStoppedContainerIsAConflictNotASystemError() {
    assertThat(BinaryRuntimeErrors.classify("crun", "kill", "kill container: No such process"))
        .isInstanceOf(DrydockException.Conflict.class).hasMessageContaining("No such process");
  }

  @Test
  void crunsWrongStatePhrasesAreConflicts() {
    assertThat(BinaryRuntimeErrors.classify("crun", "start", "container `c1` is not in `created` state"))
        .isInstanceOf(DrydockException.Conflict.class);
    assertThat(BinaryRuntimeErrors.classify("crun", "create", "container `c1` already exists"))
        .isInstanceOf(DrydockException.Conflict.class);
  }
}
