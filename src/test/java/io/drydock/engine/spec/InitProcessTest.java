package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerResources;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitProcessTest {
  @TempDir Path tmp;

  private static HostSettings withInit() {
    return HostSettings.builder().networkMode(HostSettings.NetworkMode.NONE).init(true).build();
  }

  private static SpecInput input(HostSettings host, Path init) {
    SpecInput base = SpecFixtures.input(host, ContainerResources.NONE);
    return new SpecInput(base.container(), host, base.user(), base.rootfs(), base.etcFiles(), init);
  }

  @Test
  void initIsPid1InFrontOfTheCommandAndMountedReadOnlyWhereDockerdMountsIt() throws Exception {
    Path init = Files.createFile(tmp.resolve("drydock-init"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Spec s = OciSpecBuilder.build(input(withInit(), init));
    assertThat(s.process().args()).containsExactly("/sbin/docker-init", "--", "/bin/sh", "-c", "true");
    Mount m = s.mounts().get(s.mounts().size() - 1);
    assertThat(m.destination()).isEqualTo("/sbin/docker-init");
    assertThat(m.source()).isEqualTo(init.toString());
    assertThat(m.options()).containsExactly("bind", "ro");
    assertThat(s.mounts().stream().map(Mount::destination).toList()).containsSubsequence("/dev", "/sbin/docker-init");
  }

  @Test
  void withoutInitNothingChanges() {
    Spec s = OciSpecBuilder.build(input(HostSettings.DEFAULT, tmp.resolve("drydock-init")));
    assertThat(s.process().args()).containsExactly("/bin/sh", "-c", "true");
    assertThat(s.mounts()).extracting(Mount::destination).doesNotContain("/sbin/docker-init");
  }

  @Test
  void aMissingInitBinaryFailsTheStartWithItsPath() {
    assertThatThrownBy(() -> OciSpecBuilder.build(input(withInit(), tmp.resolve("absent"))))
        .isInstanceOf(DrydockException.SystemError.class).hasMessageContaining(tmp.resolve("absent").toString());
    assertThatThrownBy(() -> OciSpecBuilder.build(input(withInit(), null))).isInstanceOf(DrydockException.SystemError.class);
  }
}
