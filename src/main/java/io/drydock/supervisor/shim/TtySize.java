package io.drydock.supervisor.shim;

import io.drydock.common.DrydockException;

/** A terminal window size, as {@code docker run -t} and {@code POST /containers/{id}/resize} set it. */
public record TtySize(int rows, int cols) {
  public TtySize {
    if (rows < 1 || rows > 65535 || cols < 1 || cols > 65535) {
      throw new DrydockException.InvalidArgument("tty size " + rows + "x" + cols + " is out of range (1..65535)");
    }
  }
}
