package io.drydock.engine.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {
  @Test
  void parsesTheCliForms() {
    assertThat(RestartPolicy.parse("")).isEqualTo(RestartPolicy.UNSET);
    assertThat(RestartPolicy.of("", 3)).as("dockerd drops the count of an empty name").isEqualTo(RestartPolicy.UNSET);
    assertThat(RestartPolicy.UNSET).hasToString("");
    assertThat(RestartPolicy.parse("no")).isEqualTo(RestartPolicy.NO);
    assertThat(RestartPolicy.parse("always").mode()).isEqualTo(RestartPolicy.Mode.ALWAYS);
    assertThat(RestartPolicy.parse("unless-stopped").mode())
        .isEqualTo(RestartPolicy.Mode.UNLESS_STOPPED);
    assertThat(RestartPolicy.parse("on-failure:3"))
        .isEqualTo(new RestartPolicy(RestartPolicy.Mode.ON_FAILURE, 3));
    assertThat(RestartPolicy.parse("on-failure").maximumRetryCount()).isZero();
    assertThat(RestartPolicy.parse("on-failure:3")).hasToString("on-failure:3");
  }

  @Test
  void refusesLikeDockerd() {
    assertInvalid("always:2", "maximum retry count cannot be used with restart policy 'always'");
    assertInvalid("on-failure:-1", "maximum retry count cannot be negative");
    assertInvalid("on-failure:x", "maximum retry count must be an integer");
    assertInvalid("on-failure:1:2", "invalid restart policy format");
    assertInvalid("sometimes", "invalid restart policy 'sometimes'");
    RestartPolicy.Asked asked = new RestartPolicy.Asked("nope", 0);
    assertThatThrownBy(asked::policy).isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("invalid restart policy 'nope'");
    assertThat(new RestartPolicy.Asked("on-failure", 2).policy()).isEqualTo(new RestartPolicy(RestartPolicy.Mode.ON_FAILURE, 2));
  }

  @Test
  void decidesRestarts() {
    RestartPolicy onFailure = RestartPolicy.parse("on-failure:2");
    assertThat(onFailure.restartsAfter(1, 0, false)).isTrue();
    assertThat(onFailure.restartsAfter(1, 2, false)).isFalse();
    assertThat(onFailure.restartsAfter(0, 0, false)).isFalse();
    assertThat(RestartPolicy.parse("always").restartsAfter(0, 99, false)).isTrue();
    assertThat(RestartPolicy.parse("always").restartsAfter(0, 0, true)).isFalse();
    assertThat(RestartPolicy.parse("always").restartsOnDaemonStart(0, true)).isTrue();
    assertThat(RestartPolicy.parse("unless-stopped").restartsOnDaemonStart(0, true)).isFalse();
    assertThat(RestartPolicy.NO.restartsAfter(1, 0, false)).isFalse();
    assertThat(RestartPolicy.UNSET.restartsAfter(1, 0, false)).isFalse();
    assertThat(RestartPolicy.UNSET.restartsOnDaemonStart(1, false)).isFalse();
    assertThat(RestartPolicy.UNSET.isNone()).isTrue();
    assertThat(RestartPolicy.NO.isNone()).isTrue();
    assertThat(RestartPolicy.parse("always").isNone()).isFalse();
  }

  private static void assertInvalid(String text, String message) {
    assertThatThrownBy(() -> RestartPolicy.parse(text))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage(message);
  }
}
