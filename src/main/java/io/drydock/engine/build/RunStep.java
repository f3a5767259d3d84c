package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.service.AttachSink;
import io.drydock.engine.container.service.ContainerService;
import io.drydock.engine.container.service.AttachSession;
import io.drydock.engine.container.service.StdStream;
import io.drydock.engine.container.service.WaitCondition;
import io.drydock.engine.container.service.WaitResult;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a RUN step's container to its end through the container service (attach before start so
 * no output is lost, then wait for the exit), relaying stdout and stderr as the build's stream.
 * A non-zero exit is dockerd's {@link StepFailed}; a cancelled build kills the container
 * ({@link BuildCancellation}).
 */
final class RunStep {
  private static final long OUTPUT_DRAIN_SECONDS = 10;

  private final StepContainers containers;

  RunStep(StepContainers containers) {
    this.containers = containers;
  }

  void run(String containerId, String shownCommand, Consumer<String> output, BuildCancellation cancellation) {
    CountDownLatch ended = new CountDownLatch(1);
    AttachSink sink = new AttachSink() {
      @Override
      public void output(StdStream stream, byte[] data) {
        output.accept(new String(data, StandardCharsets.UTF_8));
      }

      @Override
      public void ended() {
        ended.countDown();
      }
    };
    var service = containers.service();
    AttachSession session = service.attach(containerId, false, sink);
    try {
      CompletableFuture<WaitResult> exit = service.await(containerId, WaitCondition.NEXT_EXIT);
      service.start(containerId);
      cancellation.whileRunning(() -> killQuietly(service, containerId));
      WaitResult result = exit.get();
      cancellation.clear();
      cancellation.check();
      ended.await(OUTPUT_DRAIN_SECONDS, TimeUnit.SECONDS);
      if (result.statusCode() != 0) {
        throw new StepFailed(shownCommand, result.statusCode());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.Unavailable("build interrupted", e);
    } catch (ExecutionException e) {
      throw new DrydockException.SystemError("wait for the RUN container: " + e.getCause().getMessage(), e.getCause());
    } finally {
      cancellation.clear();
      session.close();
    }
  }

  /** The cancelled step's container: killed; one that ended meanwhile is left as it is. */
  private static void killQuietly(ContainerService service, String containerId) {
    try {
      service.kill(containerId, "KILL");
    } catch (DrydockException e) {
      // it exited on its own meanwhile
    }
  }
}
