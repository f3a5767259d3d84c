package io.drydock.api;

import io.drydock.common.DrydockException;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.function.Function;

/**
 * dockerd's rule for progress streams (pull, push, import, load): an error before anything was
 * written is an ordinary HTTP error with its status; once the first message went out the status
 * is 200 and the error travels in-band as the last message. This opens the JSON stream on the
 * first message, so a refused pull still reads {@code 404 No such image} to the client.
 */
public final class ProgressOutput implements AutoCloseable {
  private final ApiResponse response;
  private final Function<String, Object> errorMessage;
  private JsonStream stream;

  public ProgressOutput(ApiResponse response, Function<String, Object> errorMessage) {
    this.response = response;
    this.errorMessage = errorMessage;
  }

  public synchronized void send(Object message) {
    if (stream == null) {
      stream = response.openJsonStream(HttpResponseStatus.OK);
    }
    stream.send(message);
  }

  /** Runs {@code work}, reporting its failure in-band when the stream has started, else rethrowing it. */
  public void run(Runnable work) {
    try {
      work.run();
    } catch (DrydockException e) {
      failed(e, e.getMessage());
    } catch (RuntimeException e) {
      failed(e, String.valueOf(e.getMessage()));
    }
  }

  private void failed(RuntimeException e, String message) {
    synchronized (this) {
      if (stream == null) {
        throw e;
      }
      stream.send(errorMessage.apply(message));
    }
  }

  @Override
  public synchronized void close() {
    if (stream == null) {
      stream = response.openJsonStream(HttpResponseStatus.OK);
    }
    stream.close();
  }
}
