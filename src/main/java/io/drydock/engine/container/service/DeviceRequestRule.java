package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.DeviceRequest;
import java.util.List;

/**
 * {@code HostConfig.DeviceRequests} ({@code --gpus}) at start: dockerd 20.10 hands each request to
 * a device driver (only the NVIDIA one exists, when its hook is installed); with none that fits it
 * fails the start with a 500, naming the first request's driver and capabilities as Go prints
 * them ({@code [[gpu]]}). drydock has no device driver, so any request fails so.
 */
final class DeviceRequestRule {
  private DeviceRequestRule() {}

  static void check(List<DeviceRequest> requests) {
    if (requests == null || requests.isEmpty()) {
      return;
    }
    DeviceRequest first = requests.get(0);
    throw new DrydockException.SystemError("could not select device driver \"" + first.driver() + "\" with capabilities: "
        + goList(first.capabilities()));
  }

  /** Go's {@code %v} of a {@code [][]string}: {@code [[gpu utility] [compute]]}, nil as {@code []}. */
  static String goList(List<List<String>> alternatives) {
    StringBuilder b = new StringBuilder("[");
    List<List<String>> all = alternatives == null ? List.of() : alternatives;
    for (int i = 0; i < all.size(); i++) {
      b.append(i > 0 ? " " : "").append('[').append(String.join(" ", all.get(i) == null ? List.of() : all.get(i))).append(']');
    }
    return b.append(']').toString();
  }
}
