package io.drydock.engine.container;

import static io.drydock.engine.container.ContainerIndexProperties.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ContainerIndexTest {
  private final ContainerIndex index = new ContainerIndex(new Random(7));

  @Test
  void takenNameIsDockerdsConflict() {
    ContainerId a = ContainerId.generate();
    index.put(record(a, index.reserveName(a, "web")));
    assertThatThrownBy(() -> index.reserveName(ContainerId.generate(), "/web"))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("Conflict. The container name \"/web\" is already in use by container \""
            + a.value()
            + "\". You have to remove (or rename) that container to be able to reuse that name.");
  }

  @Test
  void lookupByNameWithAndWithoutSlashAndEmptyRef() {
    ContainerId a = ContainerId.generate();
    index.put(record(a, index.reserveName(a, "db")));
    assertThat(index.get("db").id()).isEqualTo(a);
    assertThat(index.get("/db").id()).isEqualTo(a);
    assertThat(index.get(a.value()).id()).isEqualTo(a);
    assertThatThrownBy(() -> index.get(""))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("invalid name or ID supplied: \"\"");
    assertThatThrownBy(() -> index.get("nope"))
        .isInstanceOf(DrydockException.NotFound.class)
        .hasMessage("No such container: nope");
  }

  @Test
  void nameWinsOverIdPrefix() {
    ContainerId a = ContainerId.generate();
    ContainerId b = ContainerId.generate();
    String prefixOfA = a.value().substring(0, 5);
    index.put(record(a, index.reserveName(a, "first")));
    index.put(record(b, index.reserveName(b, prefixOfA + "x")));
    index.put(record(b, "/" + prefixOfA + "x"));
    assertThat(index.get(prefixOfA).id()).isEqualTo(a);
    assertThat(index.get(prefixOfA + "x").id()).isEqualTo(b);
  }

  @Test
  void renameChecksLikeDockerd() {
    ContainerId a = ContainerId.generate();
    ContainerId b = ContainerId.generate();
    index.put(record(a, index.reserveName(a, "one")));
    index.put(record(b, index.reserveName(b, "two")));
    assertThatThrownBy(() -> index.rename("one", "one"))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Renaming a container with the same name as its current name");
    assertThatThrownBy(() -> index.rename("one", "two"))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessageStartingWith("Error when allocating new name: Conflict. The container name \"/two\"");
    assertThatThrownBy(() -> index.rename("one", "b@d"))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Error when allocating new name: Invalid container name (/b@d), only"
            + " [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    assertThatThrownBy(() -> index.rename("", "x"))
        .hasMessage("Neither old nor new names may be empty");
    assertThat(index.get("one").id()).isEqualTo(a);
    assertThat(index.rename("one", "three").name()).isEqualTo("/three");
    assertThatThrownBy(() -> index.get("one")).isInstanceOf(DrydockException.NotFound.class);
    assertThat(index.reserveName(ContainerId.generate(), "one")).isEqualTo("/one");
  }

  @Test
  void generatedNamesFallBackToSuffixesThenShortId() {
    // A generator that always draws the same words forces every collision path.
    ContainerIndex fixed = new ContainerIndex(new Random(3) {
      @Override
      public int nextInt(int bound) {
        return 0;
      }
    });
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ContainerId id = ContainerId.generate();
      names.add(fixed.reserveGeneratedName(id));
      if (i == 2) {
        assertThat(names.get(2)).isEqualTo("/" + id.shortId());
      }
    }
    assertThat(names.get(0)).matches("/[a-z]+_[a-z]+");
    assertThat(names.get(1)).isEqualTo(names.get(0) + "0");
  }

  @Test
  void concurrentCreatorsNeverShareAName() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ContainerRecord>>> parts = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        parts.add(pool.submit(() -> ContainerIndexProperties.fill(index, 200)));
      }
      for (Future<List<ContainerRecord>> f : parts) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.size()).isEqualTo(800);
    assertThat(index.all().stream().map(ContainerRecord::name).distinct().count()).isEqualTo(800);
  }
}
