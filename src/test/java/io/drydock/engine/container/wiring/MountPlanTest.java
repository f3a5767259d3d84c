package io.drydock.engine.container.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.volume.MountRequest;
import io.drydock.engine.volume.MountType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MountPlanTest {
  private static WiringRequest request(List<String> binds, Set<String> volumes) {
    return new WiringRequest("", Map.of(), binds, List.of(), Map.of(), false, Set.of(), volumes);
  }

  @Test
  void imageVolumesNotCoveredByARequestBecomeAnonymousVolumes() {
    List<MountRequest> plan = MountPlan.of(request(List.of("named:/data/"), Set.of("/cache")), Set.of("/data", "/logs"));
    assertThat(plan).extracting(MountRequest::target).containsExactly("/data/", "/cache", "/logs");
    assertThat(plan.get(0).source()).isEqualTo("named");
    assertThat(plan.subList(1, 3)).allSatisfy(m -> {
      assertThat(m.type()).isEqualTo(MountType.VOLUME);
      assertThat(m.source()).isEmpty();
    });
  }

  @Test
  void parentsComeBeforeTheMountsInsideThem() {
    List<MountRequest> plan = MountPlan.of(request(List.of("va:/x/y/z", "vb:/x"), Set.of()), Set.of());
    assertThat(plan).extracting(MountRequest::target).containsExactly("/x", "/x/y/z");
  }

  @Test
  void twoMountsOnOneTargetAreRefused() {
    assertThatThrownBy(() -> MountPlan.of(request(List.of("va:/x", "vb:/x/"), Set.of()), Set.of()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("Duplicate mount point: /x/");
  }

  @Test
  void ownMountsReplaceInheritedOnesOnTheirDestinationAndALaterSourceReplacesAnEarlierOne() {
    StoredMount a = new StoredMount(MountType.VOLUME, "a", "/data", false, "", false, true, 0, 0);
    StoredMount b = new StoredMount(MountType.VOLUME, "b", "/data/", true, "", false, true, 0, 0);
    StoredMount deep = new StoredMount(MountType.VOLUME, "deep", "/x/y", false, "", false, true, 0, 0);
    StoredMount own = new StoredMount(MountType.BIND, "/host", "/x/y", false, "", false, false, 0, 0);
    StoredMount top = new StoredMount(MountType.VOLUME, "top", "/x", false, "", false, false, 0, 0);
    assertThat(MountPlan.merge(List.of(a, deep, b), List.of(top, own))).containsExactly(b, top, own);
  }

  @Test
  void inheritedDestinationsGetNoAnonymousVolumeOfTheImage() {
    StoredMount inherited = new StoredMount(MountType.VOLUME, "a", "/data", false, "", false, true, 0, 0);
    assertThat(MountPlan.of(request(List.of(), Set.of()), Set.of("/data/", "/logs"), List.of(inherited)))
        .extracting(MountRequest::target).containsExactly("/logs");
  }
}
