package io.drydock.conformance.glue;

import java.util.List;

/**
 * Where dockerd 20.10 itself departs from its v1.41 swagger. drydock answers like dockerd, and a
 * scenario run against dockerd must pass too (STYLE: validate the tests against the reference), so
 * schema checks expect these problems. Each is an operation, the start of the problem text as
 * {@link SwaggerSchemas} words it, and why dockerd does it.
 */
public record DockerdDeviations(String operation, String problem, String why) {
  static final List<DockerdDeviations> ALL = List.of(
      new DockerdDeviations("ContainerInspect", "$.HostConfig.RestartPolicy.Name: \"no\" is not one of",
          "dockerd reports the default policy as \"no\"; the 1.41 enum lacks it (later swaggers add it)"),
      new DockerdDeviations("ContainerInspect", "$.HostConfig.MemorySwappiness: null where integer is required",
          "dockerd shows an unset swappiness (none, or -1) as null, a nil *int64"),
      new DockerdDeviations("ContainerInspect", "$.HostConfig.Isolation: \"\" is not one of",
          "dockerd on Linux keeps the Isolation it was sent, \"\" when none, outside the 1.41 enum"),
      new DockerdDeviations("NetworkInspect", "$.ConfigFrom: not declared", "types.NetworkResource has ConfigFrom without omitempty"),
      new DockerdDeviations("NetworkInspect", "$.ConfigOnly: not declared", "types.NetworkResource has ConfigOnly without omitempty"),
      new DockerdDeviations("SystemInfo", "$.KernelMemoryTCP: not declared", "types.Info has KernelMemoryTCP (API 1.40+), undocumented"),
      new DockerdDeviations("SystemInfo", "$.Isolation: \"\" is not one of", "dockerd on Linux has no default isolation and sends \"\""));

  /** {@code problems} of an answer to {@code operationId} without the ones dockerd has too. */
  public static List<String> unexpected(String operationId, List<String> problems) {
    return problems.stream()
        .filter(p -> ALL.stream().noneMatch(d -> d.operation().equals(operationId) && p.startsWith(d.problem())))
        .toList();
  }
}
