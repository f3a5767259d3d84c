package io.drydock.runtime.cgroup.bpf;

import java.util.List;

/**
 * What a device cgroup allows, in the v1 controller's own terms: a default ({@code allowByDefault})
 * and the devices excepted from it. The check the kernel makes in v1, and the program compiled
 * from this value makes in v2:
 *
 * <ul>
 *   <li>deny by default: a request is allowed when one exception matches its type, major and minor
 *       (or has {@link DeviceMatch#ANY} there) and <em>all</em> requested access bits are within
 *       that exception's access;
 *   <li>allow by default: a request is denied when one exception matches its device and
 *       <em>any</em> requested access bit is within that exception's access.
 * </ul>
 */
public record DeviceFilter(boolean allowByDefault, List<DeviceMatch> exceptions) {
  public DeviceFilter {
    exceptions = List.copyOf(exceptions);
  }
}
