package io.drydock.api.server;

/** What the server says about itself on every response ({@code Server: Docker/<version> (linux)}). */
public record ServerIdentity(String version) {
  public String serverHeader() {
    return "Docker/" + version + " (linux)";
  }
}
