package io.drydock.engine.system;

/** Which cgroup hierarchy containers are placed in; Docker reports it as {@code "1"} or {@code "2"}. */
public enum CgroupVersion {
  V1("1"),
  V2("2");

  private final String wireValue;

  CgroupVersion(String wireValue) {
    this.wireValue = wireValue;
  }

  public String wireValue() {
    return wireValue;
  }
}
