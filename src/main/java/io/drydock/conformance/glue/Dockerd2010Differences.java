package io.drydock.conformance.glue;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where dockerd 20.10 answers a scenario otherwise than later dockerd releases and drydock, by the
 * scenario's tag: the reason the conformance table shows for it against 20.10 (spec/api.md says
 * the same). A scenario that fails on dockerd for any other reason is a wrong scenario.
 */
final class Dockerd2010Differences {
  private static final Map<String, String> REASONS = Map.of(
      "@dockerd-20.10-answers-500",
      "tagged @dockerd-20.10-answers-500: dockerd 20.10 answers this bad input with 500 (an untyped error);"
          + " later releases and drydock answer 400, see spec/api.md",
      "@dockerd-20.10-min-api-1.12",
      "tagged @dockerd-20.10-min-api-1.12: dockerd 20.10 serves API versions from 1.12;"
          + " drydock, like dockerd 25 and later, from 1.24, see spec/api.md",
      "@dockerd-20.10-takes-any-device-mode",
      "tagged @dockerd-20.10-takes-any-device-mode: dockerd 20.10 passes any CgroupPermissions of a device to runc,"
          + " which drops the letters it does not know; drydock refuses them as the docker CLI does, see spec/api.md");

  private Dockerd2010Differences() {}

  static Optional<String> reason(Collection<String> tags) {
    return tags.stream().map(REASONS::get).filter(r -> r != null).findFirst();
  }
}
