package io.drydock.engine.container.wiring;

import io.drydock.common.DrydockException;

/**
 * One legacy {@code --link name[:alias]} (on the default bridge): the target container and the
 * name it gets in this container's {@code /etc/hosts}. Kept as dockerd 20.10 shows it in
 * inspect's {@code HostConfig.Links}, {@code /target:/container/alias}, and read back from that.
 */
record Link(String target, String alias) {
  /** A {@code HostConfig.Links} entry as the client sent it, with dockerd's messages. */
  static Link parse(String spec) {
    if (spec == null || spec.isEmpty()) {
      throw new DrydockException.InvalidArgument("empty string specified for links");
    }
    String[] parts = spec.split(":", -1);
    if (parts.length > 2) {
      throw new DrydockException.InvalidArgument("bad format for links: " + spec);
    }
    String target = strip(parts[0]);
    String alias = parts.length == 1 || parts[1].isEmpty() ? target : strip(parts[1]);
    return new Link(target, alias.substring(alias.lastIndexOf('/') + 1));
  }

  /** Read back from {@link #shown}. */
  static Link ofShown(String shown) {
    int colon = shown.indexOf(':');
    String alias = shown.substring(colon + 1);
    return new Link(strip(shown.substring(0, colon)), alias.substring(alias.lastIndexOf('/') + 1));
  }

  /** dockerd's {@code /target:/container/alias}, with the names the two containers have. */
  String shown(String targetName, String containerName) {
    return "/" + strip(targetName) + ":/" + strip(containerName) + "/" + alias;
  }

  /** The names of the target's {@code /etc/hosts} record: the alias, its hostname, then its name unless that is the alias. */
  String hostNames(String targetHostname, String targetName) {
    String name = strip(targetName);
    return alias + " " + targetHostname + (alias.equals(name) ? "" : " " + name);
  }

  private static String strip(String name) {
    return name.startsWith("/") ? name.substring(1) : name;
  }
}
