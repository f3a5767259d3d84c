package io.drydock.engine.container;

import java.util.List;
import java.util.Map;

/**
 * One {@code HostConfig.DeviceRequests} entry ({@code --gpus}), kept as the client sent it: drydock,
 * like a dockerd without the NVIDIA hook, has no device driver to give it to, so a container that
 * asks for one is refused at start ({@code DeviceRequestRule}); inspect shows it.
 *
 * @param count -1 for all devices
 * @param capabilities alternatives, each a set of capabilities ({@code [["gpu"]]})
 */
public record DeviceRequest(String driver, long count, List<String> deviceIds, List<List<String>> capabilities, Map<String, String> options) {
  public DeviceRequest {
    driver = driver == null ? "" : driver;
  }
}
