package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How cgroupfs's failures become drydock's errors: a missing file and a file of a cgroup removed
 * meanwhile (ENODEV) are NotFound, so a kill racing an exit's cleanup finds nothing left to signal
 * rather than failing; anything else stays a SystemError naming the errno, and reaches the caller.
 */
class CgroupFsFailureTest {
  private static final Path FILE = Path.of("/sys/fs/cgroup/freezer/drydock/x/freezer.state");

  @Test
  void aMissingFileAndAFileOfARemovedCgroupAreNotFound() {
    assertThat(CgroupFs.failure("read", FILE, new NoSuchFileException(FILE.toString())))
        .isInstanceOf(DrydockException.NotFound.class);
    assertThat(CgroupFs.failure("read", FILE, new FileSystemException(FILE.toString(), null, "No such device")))
        .isInstanceOf(DrydockException.NotFound.class).hasMessageContaining("no such device");
  }

  @Test
  void otherFailuresStaySystemErrorsWithTheirReason() {
    DrydockException busy = CgroupFs.failure("write", FILE, new FileSystemException(FILE.toString(), null, "Device or resource busy"));
    assertThat(busy).isInstanceOf(DrydockException.SystemError.class).hasMessageContaining("Device or resource busy");
    assertThat(CgroupFs.failure("write", FILE, new AccessDeniedException(FILE.toString())))
        .isInstanceOf(DrydockException.SystemError.class);
    assertThat(CgroupFs.failure("read", FILE, new IOException("I/O error"))).isInstanceOf(DrydockException.SystemError.class);
  }

  @Test
  void killingTheProcessesOfACgroupRemovedMeanwhileSignalsNobodyAndOtherFailuresStillReachTheCaller() {
    CgroupManager removed = failingOn("isFrozen", new DrydockException.NotFound("read freezer.state: no such device (the cgroup was removed)"));
    CgroupSignals.killAll(removed, true, 9);
    CgroupManager broken = failingOn("isFrozen", new DrydockException.SystemError("read freezer.state: Input/output error"));
    assertThatThrownBy(() -> CgroupSignals.killAll(broken, true, 9)).isInstanceOf(DrydockException.SystemError.class);
  }

  /** A cgroup whose {@code method} fails with {@code error}; any other call is a test error. */
  private static CgroupManager failingOn(String method, RuntimeException error) {
    return (CgroupManager) java.lang.reflect.Proxy.newProxyInstance(CgroupManager.class.getClassLoader(), new Class<?>[] {CgroupManager.class},
        (proxy, m, args) -> {
          if (m.getName().equals(method)) {
            throw error;
          }
          throw new AssertionError("unexpected call " + m.getName());
        });
  }
}
