package io.drydock.api;

import io.drydock.common.DrydockException;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.function.Function;

/**
 * dockerd's rule for progress streams (pull, push, import, load): an error before anything was
 * written is an ordinary HTTP error with its status; once the first message went out the status
 * is 200 and the error travels in-band as the last message. This opens the JSON stream on the
 * first message, so a refused pull still reads {@code 404 No such image} to the client; a
 * failure rethrown that way leaves the response to the error mapping ({@link #close} then writes
 * nothing). {@link #started} opens the stream at once, for the operations dockerd always answers
 * with 200 and an in-band error ({@code load}).
 */
public final class ProgressOutput implements AutoCloseable {
  private final ApiResponse response;
  private final Function<String, Object> errorMessage;
  private JsonStream stream;
  private boolean rethrown;

  public ProgressOutput(ApiResponse response, Function<String, Object> errorMessage) {
    this.response = response;
    this.errorMessage = errorMessage;
  }

  /** Opens the stream now: every later failure is reported in-band. */
  public synchronized ProgressOutput started() {
    if (stream == null) {
      stream = response.openJsonStream(HttpResponseStatus.OK);
    }
    return this;
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
        rethrown = true;
        throw e;
      }
      stream.send(errorMessage.apply(message));
    }
  }

  @Override
  public synchronized void close() {
    if (rethrown) {
      return;
    }
    if (stream == null) {
      stream = response.openJsonStream(HttpResponseStatus.OK);
    }
    stream.close();
  }
}
