package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.spec.LogDriver;
import io.drydock.supervisor.shim.JsonFileLogReader;
import io.drydock.supervisor.shim.LogQuery;
import io.drydock.supervisor.shim.LogStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * {@code docker logs}: the container's log (json-file's, or the local driver's, kept in the same
 * format), read once or followed while it runs; refused for the {@code none} driver, as dockerd
 * refuses a driver it cannot read (501).
 */
final class LogsOperation {
  private final ServiceParts parts;

  LogsOperation(ServiceParts parts) {
    this.parts = parts;
  }

  /** Reads the log; following stops when the container stops or {@code gone} says so. */
  void logs(String ref, LogsRequest request, Consumer<LogLine> sink, BooleanSupplier gone) {
    StoredContainer c = parts.get(ref);
    ContainerId id = c.record().id();
    LogDriver driver = readableDriver(c);
    Set<LogStream> streams = EnumSet.noneOf(LogStream.class);
    if (request.stdout()) {
      streams.add(LogStream.STDOUT);
    }
    if (request.stderr()) {
      streams.add(LogStream.STDERR);
    }
    LogQuery query = new LogQuery(streams, request.since(), request.until(), request.tail(), request.follow());
    new JsonFileLogReader(parts.files.log(id, driver).orElseThrow()).read(query,
        e -> sink.accept(new LogLine(e.stream() == LogStream.STDERR ? StdStream.STDERR : StdStream.STDOUT, e.time(), e.log())),
        () -> gone.getAsBoolean() || !isRunning(id));
  }

  /** The driver of {@code c}'s log, refused (501, dockerd's text) when {@code docker logs} cannot read it. */
  static LogDriver readableDriver(StoredContainer c) {
    LogDriver driver = c.host().log().kind();
    if (!driver.readable()) {
      throw new DrydockException.NotImplemented("configured logging driver does not support reading");
    }
    return driver;
  }

  private boolean isRunning(ContainerId id) {
    StoredContainer c = parts.stored.get(id);
    return c != null && c.record().status().isRunning();
  }
}
