package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReplayFirstSinkTest {
  private final List<String> seen = new ArrayList<>();
  private final AttachSink target = new AttachSink() {
    @Override
    public synchronized void output(StdStream stream, byte[] data) {
      seen.add(stream + ":" + new String(data, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void ended() {
      seen.add("ended");
    }
  };

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void liveOutputWaitsForTheReplayAndKeepsItsOrder() {
    ReplayFirstSink gate = new ReplayFirstSink(target);
    gate.output(StdStream.STDOUT, b("live1"));
    gate.replayed(StdStream.STDOUT, b("old1"));
    gate.output(StdStream.STDERR, b("live2"));
    gate.replayed(StdStream.STDERR, b("old2"));
    assertThat(seen).containsExactly("STDOUT:old1", "STDERR:old2");
    gate.release();
    gate.output(StdStream.STDOUT, b("live3"));
    gate.ended();
    assertThat(seen).containsExactly("STDOUT:old1", "STDERR:old2", "STDOUT:live1", "STDERR:live2", "STDOUT:live3", "ended");
  }

  @Test
  void anEndDuringTheReplayComesAfterIt() {
    ReplayFirstSink gate = new ReplayFirstSink(target);
    gate.ended();
    gate.replayed(StdStream.STDOUT, b("old"));
    gate.release();
    assertThat(seen).containsExactly("STDOUT:old", "ended");
  }

  @Test
  void replayAfterReleaseIsAProgrammingError() {
    ReplayFirstSink gate = new ReplayFirstSink(target);
    gate.release();
    assertThatThrownBy(() -> gate.replayed(StdStream.STDOUT, b("late"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void outputFromAnotherThreadDuringTheReplayIsNotInterleaved() throws Exception {
    ReplayFirstSink gate = new ReplayFirstSink(target);
    CountDownLatch done = new CountDownLatch(1);
    Thread live = new Thread(() -> {
      for (int i = 0; i < 200; i++) {
        gate.output(StdStream.STDOUT, b("live" + i));
      }
      done.countDown();
    });
    live.start();
    for (int i = 0; i < 200; i++) {
      gate.replayed(StdStream.STDOUT, b("old" + i));
    }
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    gate.release();
    live.join(10_000);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      expected.add("STDOUT:old" + i);
    }
    for (int i = 0; i < 200; i++) {
      expected.add("STDOUT:live" + i);
    }
    assertThat(seen).containsExactlyElementsOf(expected);
  }
}
