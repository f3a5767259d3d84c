package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.health.Healthcheck;
import io.drydock.engine.image.ImageConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageDefaultsTest {
  static final ImageConfig IMAGE = new ImageConfig(List.of("PATH=/bin", "A=image"), List.of("serve"), List.of("/entry"), "/srv", "nobody",
      Map.of("l", "image"), java.util.Set.of(), java.util.Set.of(), "SIGQUIT");

  static CreateRequest request(Optional<List<String>> cmd, Optional<List<String>> entrypoint, List<String> env) {
    return new CreateRequest(Optional.empty(), "img", cmd, entrypoint, env, "", "", "", false, false, false, Map.of("m", "x"), null, null,
        ContainerResources.NONE, null, false, null, null, null);
  }

  static CreateRequest withCheck(Healthcheck h) {
    return new CreateRequest(Optional.empty(), "img", Optional.empty(), Optional.empty(), List.of(), "", "", "", false, false, false, Map.of(),
        null, null, ContainerResources.NONE, null, false, null, null, h);
  }

  @Test
  void theImagesHealthcheckIsUsedWhenTheContainerHasNoneAndFillsWhatItLeftUnset() {
    Healthcheck image = new Healthcheck(List.of("CMD", "check"), 5_000_000, 6_000_000, 0, 4);
    ImageConfig withCheck = IMAGE.withStopSignal("SIGQUIT");
    withCheck = new ImageConfig(withCheck.env(), withCheck.cmd(), withCheck.entrypoint(), withCheck.workingDir(), withCheck.user(),
        withCheck.labels(), withCheck.exposedPorts(), withCheck.volumes(), withCheck.stopSignal(), image);
    assertThat(ImageDefaults.healthcheck(withCheck(null), withCheck)).isEqualTo(image);
    assertThat(ImageDefaults.healthcheck(withCheck(new Healthcheck(List.of(), 9_000_000, 0, 0, 0)), withCheck))
        .isEqualTo(new Healthcheck(List.of("CMD", "check"), 9_000_000, 6_000_000, 0, 4));
    Healthcheck none = new Healthcheck(List.of("NONE"), 0, 0, 0, 0);
    assertThat(ImageDefaults.healthcheck(withCheck(none), withCheck).disabled()).isTrue();
    assertThat(ImageDefaults.healthcheck(withCheck(null), IMAGE)).isNull();
    assertThat(withCheck.withUser("x").healthcheck()).as("the withers keep the check").isEqualTo(image);
  }

  @Test
  void noCommandUsesTheImagesEntrypointAndCmd() {
    var p = ImageDefaults.process(request(Optional.empty(), Optional.empty(), List.of()), IMAGE);
    assertThat(p.argv()).containsExactly("/entry", "serve");
  }

  @Test
  void cmdReplacesTheImagesCmdOnly() {
    var p = ImageDefaults.process(request(Optional.of(List.of("x", "y")), Optional.empty(), List.of()), IMAGE);
    assertThat(p.argv()).containsExactly("/entry", "x", "y");
  }

  @Test
  void anEntrypointDropsTheImagesCmd() {
    var p = ImageDefaults.process(request(Optional.empty(), Optional.of(List.of("/other")), List.of()), IMAGE);
    assertThat(p.argv()).containsExactly("/other");
    assertThat(p.cmd()).isEmpty();
  }

  @Test
  void anEntrypointOfOneEmptyStringMeansNoneNeitherTheImagesAndNotItsCmd() {
    var p = ImageDefaults.process(request(Optional.of(List.of("echo", "ep")), Optional.of(List.of("")), List.of()), IMAGE);
    assertThat(p.argv()).containsExactly("echo", "ep");
    assertThat(p.entrypoint()).isEmpty();
    assertThatThrownBy(() -> ImageDefaults.process(request(Optional.empty(), Optional.of(List.of("")), List.of()), IMAGE))
        .hasMessage("No command specified");
  }

  @Test
  void nothingToRunIsRefused() {
    assertThatThrownBy(() -> ImageDefaults.process(request(Optional.empty(), Optional.of(List.of()), List.of()), ImageConfig.EMPTY))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("No command specified");
  }

  @Test
  void envKeepsTheRequestsEntriesFirstAndLabelsAndDefaultsComeFromTheImage() {
    CreateRequest r = request(Optional.empty(), Optional.empty(), List.of("A=mine", "B=2"));
    assertThat(ImageDefaults.env(r, IMAGE)).as("dockerd's order: the request's, then the image's others").containsExactly("A=mine", "B=2", "PATH=/bin");
    assertThat(ImageDefaults.env(request(Optional.empty(), Optional.empty(), List.of("PATH")), IMAGE))
        .as("an entry without = stays, and hides the image's entry of that key").containsExactly("PATH", "A=image");
    assertThat(ImageDefaults.labels(r, IMAGE)).containsEntry("l", "image").containsEntry("m", "x");
    assertThat(ImageDefaults.workingDir(r, IMAGE)).isEqualTo("/srv");
    assertThat(ImageDefaults.user(r, IMAGE)).isEqualTo("nobody");
    assertThat(ImageDefaults.stopSignal(r, IMAGE)).isEqualTo("SIGQUIT");
  }

  @Test
  void memoryRulesUseDockerdsMessages() {
    assertThatThrownBy(() -> ResourceRules.check(new ContainerResources(1024, 0, 0, 0, 0, 0, 0, "", 0, false)))
        .hasMessage("Minimum memory limit allowed is 6MB");
    assertThatThrownBy(() -> ResourceRules.check(new ContainerResources(64L << 20, 32L << 20, 0, 0, 0, 0, 0, "", 0, false)))
        .hasMessage("Minimum memoryswap limit should be larger than memory limit, see usage");
    assertThatThrownBy(() -> ResourceRules.check(new ContainerResources(-1, 0, 0, 0, 0, 0, 0, "", 0, false)))
        .isInstanceOf(DrydockException.InvalidArgument.class);
  }

  @Test
  void aMemoryLimitWithoutSwapGetsTwiceItAsSwapWhereTheHostLimitsSwap() {
    ContainerResources asked = new ContainerResources(20L << 20, 0, 0, 0, 0, 0, 0, "", 0, false);
    assertThat(ResourceRules.adaptedAtCreate(asked, true).memorySwap()).isEqualTo(40L << 20);
    assertThat(ResourceRules.adaptedAtCreate(asked, false)).isEqualTo(asked);
    ContainerResources unlimited = new ContainerResources(20L << 20, -1, 0, 0, 0, 0, 0, "", 0, false);
    assertThat(ResourceRules.adaptedAtCreate(unlimited, true)).isEqualTo(unlimited);
    assertThat(ResourceRules.adaptedAtCreate(ContainerResources.NONE, true)).isEqualTo(ContainerResources.NONE);
  }

  @Test
  void anUpdateMayNameASwapLimitAloneButACreateMayNot() {
    ContainerResources swapOnly = new ContainerResources(0, 64L << 20, 0, 0, 0, 0, 0, "", 0, false);
    ResourceRules.checkUpdate(swapOnly);
    assertThatThrownBy(() -> ResourceRules.check(swapOnly))
        .hasMessage("You should always set the Memory limit when using Memoryswap limit, see usage");
    assertThatThrownBy(() -> ResourceRules.checkUpdate(new ContainerResources(1000, 0, 0, 0, 0, 0, 0, "", 0, false)))
        .hasMessage("Minimum memory limit allowed is 6MB");
  }

  @Test
  void chainIdsFollowTheOciFormula() {
    var d1 = io.drydock.common.Digest.parse("sha256:" + "a".repeat(64));
    var d2 = io.drydock.common.Digest.parse("sha256:" + "b".repeat(64));
    List<String> chain = LayerSnapshots.chainIds(List.of(d1, d2));
    assertThat(chain.get(0)).isEqualTo("sha256-" + "a".repeat(64));
    String expected = io.drydock.common.Digest.sha256Of(("sha256:" + "a".repeat(64) + " sha256:" + "b".repeat(64)).getBytes()).toString();
    assertThat(chain.get(1)).isEqualTo(expected.replace(':', '-'));
  }
}
