package io.drydock.engine.image;

import io.drydock.engine.registry.ProgressEvent;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/** Counts the bytes of a transfer and reports {@code Downloading current/total} about every 512 KiB. */
final class ProgressStream extends FilterInputStream {
  private static final long STEP = 512 * 1024;
  private final long total;
  private final Optional<String> id;
  private final Consumer<ProgressEvent> progress;
  private long done;
  private long reported;

  ProgressStream(InputStream in, long total, Optional<String> id, Consumer<ProgressEvent> progress) {
    super(in);
    this.total = total;
    this.id = id;
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(long n) {
    done += n;
    if (id.isPresent() && (done - reported >= STEP || done == total)) {
      reported = done;
      progress.accept(new ProgressEvent(id.get(), "Downloading", done, total));
    }
  }
}
