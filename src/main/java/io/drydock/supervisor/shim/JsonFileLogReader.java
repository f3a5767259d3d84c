package io.drydock.supervisor.shim;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads a container's log of JSON lines (json-file's, and the local driver's, which drydock keeps
 * in the same format) across its rotated files ({@link RotatedLogFiles}: {@code <log>.N} or
 * {@code <log>.N.gz}, oldest first, the live file last), the way {@code docker logs} does. Following survives rotation: the open file is
 * read to its end before the new live file is opened. With max-file 1 the file is truncated in
 * place, and lines written between two polls and truncated away are missed, as with dockerd.
 */
public final class JsonFileLogReader {
  private static final long POLL_MILLIS = 50;

  private final Path logFile;

  public JsonFileLogReader(Path logFile) {
    this.logFile = logFile;
  }

  /** The entries selected by a non-following query, oldest first. */
  public List<LogEntry> readAll(LogQuery query) {
    List<LogEntry> out = new ArrayList<>();
    read(query, out::add, () -> true);
    return out;
  }

  /**
   * Sends the selected entries to {@code sink}; when the query follows, keeps waiting for new ones
   * until {@code stop} says so (typically: the shim wrote exit.json) and nothing new is left.
   */
  public void read(LogQuery query, Consumer<LogEntry> sink, BooleanSupplier stop) {
    Deque<LogEntry> tail = new ArrayDeque<>();
    Sink first = new Sink(query, query.tail().isPresent() ? e -> keepLast(tail, e, query.tail().getAsInt()) : sink);
    try {
      for (Path rotated : RotatedLogFiles.oldestFirst(logFile)) {
        try (ReadableByteChannel ch = RotatedLogFiles.open(rotated)) {
          new LineReader(ch).drain(first);
        } catch (NoSuchFileException e) {
          // rotated away while listing: its lines moved on to an older name already read or dropped by max-file
        }
      }
      if (!awaitLiveFile(query.follow(), stop)) {
        tail.forEach(sink);
        return;
      }
      try (Live live = Live.open(logFile)) {
        live.drain(first);
        tail.forEach(sink);
        if (query.follow() && !first.done) {
          follow(live, new Sink(query, sink), stop);
        }
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("read log " + logFile + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A container that never ran has no log yet: nothing to read, or (following) wait for it. */
  private boolean awaitLiveFile(boolean follow, BooleanSupplier stop) throws InterruptedException {
    while (!Files.exists(logFile)) {
      if (!follow || stop.getAsBoolean()) {
        return false;
      }
      Thread.sleep(POLL_MILLIS);
    }
    return true;
  }

  private void follow(Live live, Sink sink, BooleanSupplier stop) throws IOException, InterruptedException {
    while (!sink.done) {
      boolean stopping = stop.getAsBoolean();
      boolean progressed = live.drain(sink) | live.reopenIfRotated(sink);
      if (stopping && !progressed) {
        return;
      }
      if (!progressed) {
        Thread.sleep(POLL_MILLIS);
      }
    }
  }

  private static void keepLast(Deque<LogEntry> tail, LogEntry e, int n) {
    if (n == 0) {
      return;
    }
    if (tail.size() == n) {
      tail.removeFirst();
    }
    tail.addLast(e);
  }

  /** Applies the query's filters and stops at the first entry past {@code until}. */
  private static final class Sink {
    private final LogQuery query;
    private final Consumer<LogEntry> out;
    boolean done;

    Sink(LogQuery query, Consumer<LogEntry> out) {
      this.query = query;
      this.out = out;
    }

    void accept(String line) throws IOException {
      if (done || line.isEmpty()) {
        return;
      }
      LogEntry e = LogEntry.parse(line);
      if (query.pastUntil(e)) {
        done = true;
      } else if (query.selects(e)) {
        out.accept(e);
      }
    }
  }

  /** Reads a channel from its position, splitting whole lines off and keeping an unfinished one. */
  private static final class LineReader {
    final ReadableByteChannel ch;
    private final ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    private byte[] partial = new byte[0];

    LineReader(ReadableByteChannel ch) {
      this.ch = ch;
    }

    /** Returns whether any byte was read. */
    boolean drain(Sink sink) throws IOException {
      boolean any = false;
      while (ch.read(buf.clear()) > 0) {
        any = true;
        buf.flip();
        split(sink);
      }
      return any;
    }

    private void split(Sink sink) throws IOException {
      byte[] chunk = new byte[partial.length + buf.remaining()];
      System.arraycopy(partial, 0, chunk, 0, partial.length);
      buf.get(chunk, partial.length, buf.remaining());
      int start = 0;
      for (int i = 0; i < chunk.length; i++) {
        if (chunk[i] == '\n') {
          sink.accept(new String(chunk, start, i - start, java.nio.charset.StandardCharsets.UTF_8));
          start = i + 1;
        }
      }
      partial = java.util.Arrays.copyOfRange(chunk, start, chunk.length);
    }

    void reset() {
      partial = new byte[0];
    }
  }

  /** The live file, reopened when the shim rotates it. */
  private static final class Live implements AutoCloseable {
    private final Path path;
    private FileChannel ch;
    private LineReader reader;
    private Object inode;

    private Live(Path path) {
      this.path = path;
    }

    static Live open(Path path) throws IOException {
      Live live = new Live(path);
      live.ch = FileChannel.open(path, StandardOpenOption.READ);
      live.reader = new LineReader(live.ch);
      live.inode = Files.getAttribute(path, "unix:ino");
      return live;
    }

    boolean drain(Sink sink) throws IOException {
      return reader.drain(sink);
    }

    /** Renamed away: finish the old file, continue with the new one. Truncated in place: start over. */
    boolean reopenIfRotated(Sink sink) throws IOException {
      Object now;
      try {
        now = Files.getAttribute(path, "unix:ino");
      } catch (NoSuchFileException e) {
        return false;
      }
      if (!now.equals(inode)) {
        reader.drain(sink);
        ch.close();
        ch = FileChannel.open(path, StandardOpenOption.READ);
        reader = new LineReader(ch);
        inode = now;
        reader.drain(sink);
        return true;
      }
      if (ch.size() < ch.position()) {
        ch.position(0);
        reader.reset();
        return true;
      }
      return false;
    }

    @Override
    public void close() throws IOException {
      ch.close();
    }
  }
}
