package io.drydock.engine.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The persisted form of one network: the record and its endpoints. */
record NetworkState(@JsonProperty("network") NetworkRecord network, @JsonProperty("endpoints") List<EndpointRecord> endpoints) {
  NetworkState {
    endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
  }
}
