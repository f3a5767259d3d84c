package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformChoiceTest {
  private static Descriptor entry(String hexChar, String os, String arch, String variant) {
    return new Descriptor(MediaTypes.OCI_MANIFEST, new Digest("sha256", hexChar.repeat(64)), 1,
        Optional.of(new Platform(os, arch, variant)), Map.of());
  }

  private static final List<Descriptor> LIST = List.of(
      entry("a", "linux", "amd64", ""), entry("b", "linux", "arm", "v6"), entry("c", "linux", "arm", "v7"),
      entry("d", "linux", "arm64", "v8"), entry("e", "windows", "amd64", ""));

  @Test
  void osArchitectureAndVariantDecide() {
    assertThat(PlatformChoice.choose(LIST, Platform.parse("linux/amd64")).digest().hex()).startsWith("a");
    assertThat(PlatformChoice.choose(LIST, Platform.parse("linux/arm/v7")).digest().hex()).startsWith("c");
    assertThat(PlatformChoice.choose(LIST, Platform.parse("linux/arm64")).digest().hex()).startsWith("d");
    assertThat(PlatformChoice.choose(LIST, Platform.parse("windows/amd64")).digest().hex()).startsWith("e");
    assertThatThrownBy(() -> PlatformChoice.choose(LIST, Platform.parse("linux/riscv64")))
        .isInstanceOf(DrydockException.NotFound.class).hasMessage("no matching manifest for linux/riscv64 in the manifest list entries");
  }

  @Test
  void platformTextIsValidated() {
    assertThat(Platform.parse("Linux/AMD64")).isEqualTo(new Platform("linux", "amd64", ""));
    assertThat(Platform.parse("")).isEqualTo(Platform.host());
    assertThatThrownBy(() -> Platform.parse("linux")).isInstanceOf(DrydockException.InvalidArgument.class);
  }

  @Test
  void referenceGlobsFollowGoPathMatch() {
    assertThat(ImageFilters.glob("busy*").matcher("busybox:latest").matches()).isTrue();
    assertThat(ImageFilters.glob("*").matcher("me/app").matches()).isFalse();
    assertThat(ImageFilters.glob("*/*").matcher("me/app").matches()).isTrue();
    assertThat(ImageFilters.glob("app:[0-9]").matcher("app:7").matches()).isTrue();
    assertThat(ImageFilters.glob("a.p").matcher("axp").matches()).isFalse();
  }
}
