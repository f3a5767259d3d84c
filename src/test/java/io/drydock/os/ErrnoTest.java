package io.drydock.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.LastErrorException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ErrnoTest {
  @Test
  void aCallInterruptedWithEagainIsTriedAgain() {
    AtomicInteger calls = new AtomicInteger();
    int fd = Errno.retryOnAgain(5, () -> {
      if (calls.incrementAndGet() < 3) {
        throw new LastErrorException(Errno.EAGAIN);
      }
      return 42;
    });
    assertThat(fd).isEqualTo(42);
    assertThat(calls).hasValue(3);
  }

  @Test
  void theRetriesAreBoundedAndTheLastFailureIsThrown() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> Errno.retryOnAgain(5, () -> {
      calls.incrementAndGet();
      throw new LastErrorException(Errno.EAGAIN);
    })).isInstanceOfSatisfying(LastErrorException.class, e -> assertThat(e.getErrorCode()).isEqualTo(Errno.EAGAIN));
    assertThat(calls).hasValue(5);
  }

  @Test
  void otherErrorsAreNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> Errno.retryOnAgain(5, () -> {
      calls.incrementAndGet();
      throw new LastErrorException(Errno.EINVAL);
    })).isInstanceOf(LastErrorException.class);
    assertThat(calls).hasValue(1);
  }
}
