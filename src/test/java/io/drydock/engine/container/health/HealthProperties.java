package io.drydock.engine.container.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The health state machine against dockerd's rules, for any sequence of probe results. */
class HealthProperties {
  private static final Instant STARTED = Instant.parse("2026-01-01T00:00:00Z");

  @Property
  void theLogHoldsTheLastFiveResultsInOrder(@ForAll("codes") List<Integer> codes, @ForAll @IntRange(min = 1, max = 5) int retries) {
    Health h = Health.starting();
    for (int i = 0; i < codes.size(); i++) {
      h = h.after(probe(i, codes.get(i)), STARTED, Duration.ZERO, retries);
    }
    int n = Math.min(Health.LOG_SIZE, codes.size());
    assertThat(h.log()).hasSize(n);
    assertThat(h.log().stream().map(ProbeResult::exitCode).toList()).isEqualTo(codes.subList(codes.size() - n, codes.size()));
  }

  @Property
  void theStreakCountsFailuresSinceTheLastSuccessAndRetriesOfThemMakeItUnhealthy(@ForAll("codes") @Size(min = 1) List<Integer> codes,
      @ForAll @IntRange(min = 1, max = 5) int retries) {
    Health h = Health.starting();
    for (int i = 0; i < codes.size(); i++) {
      h = h.after(probe(i, codes.get(i)), STARTED, Duration.ZERO, retries);
    }
    int lastSuccess = codes.lastIndexOf(0);
    int streak = codes.size() - 1 - lastSuccess;
    assertThat(h.failingStreak()).isEqualTo(streak);
    if (streak >= retries) {
      assertThat(h.status()).isEqualTo(HealthStatus.UNHEALTHY);
    } else if (lastSuccess >= 0) {
      assertThat(h.status()).isEqualTo(HealthStatus.HEALTHY);
    } else {
      assertThat(h.status()).isEqualTo(HealthStatus.STARTING);
    }
  }

  @Property
  void failuresInTheStartPeriodOfAStartingContainerDoNotCount(@ForAll @IntRange(min = 1, max = 30) int failures,
      @ForAll @IntRange(min = 1, max = 3) int retries) {
    Health h = Health.starting();
    Duration startPeriod = Duration.ofSeconds(failures + 1);
    for (int i = 0; i < failures; i++) {
      h = h.after(probe(i, 1), STARTED, startPeriod, retries);
    }
    assertThat(h.status()).isEqualTo(HealthStatus.STARTING);
    assertThat(h.failingStreak()).isZero();
    Health after = h.after(probe(failures + 1, 1), STARTED, startPeriod, retries);
    assertThat(after.failingStreak()).isEqualTo(1);
  }

  @Property
  void onceHealthyTheStartPeriodNoLongerShieldsFailures(@ForAll @IntRange(min = 1, max = 3) int retries) {
    Duration startPeriod = Duration.ofHours(1);
    Health h = Health.starting().after(probe(0, 0), STARTED, startPeriod, retries);
    for (int i = 1; i <= retries; i++) {
      h = h.after(probe(i, 1), STARTED, startPeriod, retries);
    }
    assertThat(h.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(h.failingStreak()).isEqualTo(retries);
  }

  @Property
  void aSuccessEndsTheStreakAndMakesItHealthy(@ForAll("codes") List<Integer> codes, @ForAll @IntRange(min = 1, max = 5) int retries) {
    Health h = Health.starting();
    for (int i = 0; i < codes.size(); i++) {
      h = h.after(probe(i, codes.get(i)), STARTED, Duration.ZERO, retries);
    }
    Health ok = h.after(probe(codes.size(), 0), STARTED, Duration.ZERO, retries);
    assertThat(ok.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(ok.failingStreak()).isZero();
  }

  @Property
  void aStopShowsUnhealthyAndARestartStartsOverKeepingTheLog(@ForAll("codes") List<Integer> codes) {
    Health h = Health.starting();
    for (int i = 0; i < codes.size(); i++) {
      h = h.after(probe(i, codes.get(i)), STARTED, Duration.ZERO, 3);
    }
    Health stopped = h.stopped();
    assertThat(stopped.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(stopped.failingStreak()).isEqualTo(h.failingStreak());
    Health again = stopped.restarted();
    assertThat(again.status()).isEqualTo(HealthStatus.STARTING);
    assertThat(again.failingStreak()).isZero();
    assertThat(again.log()).isEqualTo(h.log());
  }

  @Provide
  Arbitrary<List<Integer>> codes() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(0)), net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 255)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(ProbeResult.TIMED_OUT))).list().ofMaxSize(20);
  }

  private static ProbeResult probe(int second, int code) {
    Instant start = STARTED.plusSeconds(second);
    return new ProbeResult(start, start.plusMillis(10), code, "");
  }
}
