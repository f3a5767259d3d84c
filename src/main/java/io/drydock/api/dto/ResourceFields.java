package io.drydock.api.dto;

/**
 * The resource limits that {@code HostConfig} (create) and the update body share, under swagger's
 * names: one place for the API edge to read them from, whichever body carried them. Absent is null.
 */
public interface ResourceFields {
  Long memory();

  Long memorySwap();

  Long memoryReservation();

  Long nanoCpus();

  Long cpuShares();

  Long cpuQuota();

  Long cpuPeriod();

  String cpusetCpus();

  Long pidsLimit();
}
