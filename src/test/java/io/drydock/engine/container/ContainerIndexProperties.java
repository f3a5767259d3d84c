package io.drydock.engine.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Generated names, prefix lookup and name release, for many containers at once. */
class ContainerIndexProperties {

  static ContainerRecord record(ContainerId id, String name) {
    ContainerConfig config = new ContainerConfig(
        "/bin/sh", List.of(), List.of(), "", "", "", false, false, false, Map.of(), null, null);
    return new ContainerRecord(id, name, Instant.EPOCH, "busybox", "sha256:" + "0f".repeat(32),
        config, null, null, false, null);
  }

  static List<ContainerRecord> fill(ContainerIndex index, int n) {
    List<ContainerRecord> added = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ContainerId id = ContainerId.generate();
      ContainerRecord r = record(id, index.reserveGeneratedName(id));
      index.put(r);
      added.add(r);
    }
    return added;
  }

  @Property(tries = 50)
  void generatedNamesAreValidAndUnique(@ForAll @IntRange(min = 1, max = 400) int n,
      @ForAll long seed) {
    ContainerIndex index = new ContainerIndex(new Random(seed));
    List<ContainerRecord> added = fill(index, n);
    Set<String> names = new HashSet<>();
    for (ContainerRecord r : added) {
      assertThat(ContainerNames.isValid(r.name())).as(r.name()).isTrue();
      assertThat(names.add(r.name())).as("unique %s", r.name()).isTrue();
      assertThat(index.get(r.name()).id()).isEqualTo(r.id());
    }
  }

  @Property(tries = 100)
  void anyUniquePrefixFindsExactlyThatContainer(@ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll @IntRange(min = 1, max = 64) int prefixLength, @ForAll long seed) {
    ContainerIndex index = new ContainerIndex(new Random(seed));
    List<ContainerRecord> added = fill(index, n);
    for (ContainerRecord r : added) {
      String prefix = r.id().value().substring(0, prefixLength);
      long sharing = added.stream().filter(o -> o.id().value().startsWith(prefix)).count();
      boolean isSomeName = added.stream().anyMatch(o -> o.name().equals("/" + prefix));
      if (isSomeName) {
        continue;
      }
      if (sharing == 1) {
        assertThat(index.get(prefix).id()).isEqualTo(r.id());
      } else {
        assertThatThrownBy(() -> index.get(prefix))
            .isInstanceOf(DrydockException.InvalidArgument.class)
            .hasMessage("Multiple IDs found with provided prefix: " + prefix);
      }
    }
  }

  @Property(tries = 50)
  void removingFreesTheName(@ForAll @IntRange(min = 1, max = 30) int n, @ForAll long seed) {
    ContainerIndex index = new ContainerIndex(new Random(seed));
    List<ContainerRecord> added = fill(index, n);
    for (ContainerRecord r : added) {
      assertThat(index.remove(r.id())).isTrue();
      assertThatThrownBy(() -> index.get(r.name()))
          .isInstanceOf(DrydockException.NotFound.class)
          .hasMessage("No such container: " + r.name());
      ContainerId other = ContainerId.generate();
      assertThat(index.reserveName(other, r.name())).isEqualTo(r.name());
    }
  }

  @Property(tries = 200)
  void namesOutsideTheRuleAreRefused(@ForAll @StringLength(max = 12) String name) {
    ContainerIndex index = new ContainerIndex(new Random(0));
    boolean valid = name.matches("/?[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    if (valid) {
      assertThat(index.reserveName(ContainerId.generate(), name)).isEqualTo(
          name.startsWith("/") ? name : "/" + name);
    } else {
      assertThatThrownBy(() -> index.reserveName(ContainerId.generate(), name))
          .isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessage("Invalid container name (" + name
              + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
      assertThat(index.size()).isZero();
    }
  }
}
