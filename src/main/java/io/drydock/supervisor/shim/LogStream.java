package io.drydock.supervisor.shim;

/** The two output streams of a container, named as in the json-file log's {@code stream} field. */
public enum LogStream {
  STDOUT("stdout"),
  STDERR("stderr");

  private final String wireName;

  LogStream(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  static LogStream fromWire(String name) {
    for (LogStream s : values()) {
      if (s.wireName.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown log stream \"" + name + "\"");
  }
}
