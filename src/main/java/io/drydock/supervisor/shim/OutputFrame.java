package io.drydock.supervisor.shim;

import java.util.Arrays;

/** A chunk of live output received from an attached shim; the bytes are as the container wrote them. */
public record OutputFrame(LogStream stream, byte[] data) {
  public OutputFrame {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutputFrame f && f.stream == stream && Arrays.equals(f.data, data);
  }

  @Override
  public int hashCode() {
    return stream.hashCode() * 31 + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "OutputFrame[" + stream + ", " + data.length + " bytes]";
  }
}
