package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.DeviceAccessRule;
import io.drydock.runtime.spec.Device;
import io.drydock.runtime.spec.DeviceRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code linux.resources.devices} as the device cgroup rules runc programs: the config's rules in
 * order, then the devices every container gets (mknod of anything; null, zero, full, random,
 * urandom, tty, the pty devices) and the nodes of {@code linux.devices} that no config rule names
 * exactly (a node the config has a rule for keeps that rule's access, as {@code --device
 * /dev/x:/dev/x:r} is read-only in runc). No rules in the config
 * keeps the parent's list, as runc does. The rules are checked here, naming the field.
 */
final class DeviceCgroupRules {
  private static final Pattern ACCESS = Pattern.compile("^[rwm]{1,3}$");
  private static final long ANY = DeviceAccessRule.ANY;
  /** runc's AllowedDevices (without /dev/net/tun, which runc 1.2 dropped). */
  static final List<DeviceAccessRule> DEFAULTS = List.of(
      new DeviceAccessRule(true, 'c', ANY, ANY, "m"), new DeviceAccessRule(true, 'b', ANY, ANY, "m"),
      allow(1, 3), allow(1, 8), allow(1, 7), allow(5, 0), allow(1, 5), allow(1, 9),
      new DeviceAccessRule(true, 'c', 136, ANY, "rwm"), allow(5, 2));

  private DeviceCgroupRules() {}

  private static DeviceAccessRule allow(long major, long minor) {
    return new DeviceAccessRule(true, 'c', major, minor, "rwm");
  }

  static List<DeviceAccessRule> of(List<DeviceRule> rules, List<Device> devices, String field) {
    if (rules == null || rules.isEmpty()) {
      return List.of();
    }
    List<DeviceAccessRule> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      out.add(rule(rules.get(i), field + "[" + i + "]"));
    }
    List<DeviceAccessRule> config = List.copyOf(out);
    out.addAll(DEFAULTS);
    for (Device d : devices == null ? List.<Device>of() : devices) {
      if (("c".equals(d.type()) || "u".equals(d.type()) || "b".equals(d.type())) && d.major() != null && d.minor() != null) {
        char type = "b".equals(d.type()) ? 'b' : 'c';
        if (config.stream().noneMatch(r -> r.type() == type && r.major() == d.major() && r.minor() == d.minor())) {
          out.add(new DeviceAccessRule(true, type, d.major(), d.minor(), "rwm"));
        }
      }
    }
    return List.copyOf(out);
  }

  private static DeviceAccessRule rule(DeviceRule r, String field) {
    if (r.allow() == null) {
      throw invalid(field + ".allow", "is required");
    }
    String type = r.type() == null || r.type().isEmpty() ? "a" : r.type();
    if (!type.equals("a") && !type.equals("c") && !type.equals("b")) {
      throw invalid(field + ".type", "unknown device type \"" + type + "\" (want a, c or b)");
    }
    String access = r.access() == null || r.access().isEmpty() ? "rwm" : r.access();
    if (!ACCESS.matcher(access).matches()) {
      throw invalid(field + ".access", "\"" + access + "\" is not a combination of r, w and m");
    }
    return new DeviceAccessRule(r.allow(), type.charAt(0), number(r.major(), field + ".major"),
        number(r.minor(), field + ".minor"), access);
  }

  private static long number(Long n, String field) {
    if (n == null || n == ANY) {
      return ANY;
    }
    if (n < 0) {
      throw invalid(field, "must be a device number or absent (any), not " + n);
    }
    return n;
  }

  private static DrydockException invalid(String field, String what) {
    return new DrydockException.InvalidArgument("config.json: " + field + ": " + what);
  }
}
