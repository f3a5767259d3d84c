package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.bpf.DeviceFilter;
import io.drydock.runtime.cgroup.bpf.DeviceMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered device rules replayed the way v1's devices controller applies writes to
 * {@code devices.allow} and {@code devices.deny}, giving the {@link DeviceFilter} a v2 program
 * enforces; so a rule list means the same on both versions (runc replays its rules through an
 * emulator of the same controller for the same reason). Starting from deny-all:
 *
 * <ul>
 *   <li>a rule of type {@code a} sets the default (allow or deny every device) and drops every
 *       exception, whatever numbers and access it names, as the kernel does;
 *   <li>a rule against the default adds an exception, merging its access into an exception for the
 *       very same type, major and minor;
 *   <li>a rule agreeing with the default takes its access off the exception with the very same
 *       type, major and minor (dropping it when nothing is left); it does not punch a hole into a
 *       wildcard exception ({@code deny c 1:3} after {@code allow c *:*} leaves 1:3 allowed in v1).
 * </ul>
 *
 * For the lists drydock builds (deny all, then allows) that is "the request is allowed when some
 * rule allows all the access it asks for"; where later rules deny again, the result is v1's, which
 * is not always "the last matching rule wins". The v1 path differs only for a list that does not
 * start with a rule of type {@code a}: there v1 starts from the parent's list, usually allow-all,
 * while the program starts from deny-all, as runc's does.
 */
public final class DeviceRuleReplay {
  private DeviceRuleReplay() {}

  private record Device(char type, long major, long minor) {}

  public static DeviceFilter filter(List<DeviceAccessRule> rules) {
    boolean allowByDefault = false;
    Map<Device, Integer> exceptions = new LinkedHashMap<>();
    for (DeviceAccessRule rule : rules) {
      if (rule.type() == 'a') {
        allowByDefault = rule.allow();
        exceptions.clear();
        continue;
      }
      checkNumbers(rule);
      Device device = new Device(rule.type(), rule.major(), rule.minor());
      int bits = DeviceMatch.bits(rule.access());
      if (rule.allow() != allowByDefault) {
        exceptions.merge(device, bits, (a, b) -> a | b);
      } else {
        exceptions.computeIfPresent(device, (d, a) -> (a & ~bits) == 0 ? null : a & ~bits);
      }
    }
    List<DeviceMatch> matches = new ArrayList<>();
    exceptions.forEach((d, bits) -> matches.add(new DeviceMatch(d.type(), d.major(), d.minor(), bits)));
    return new DeviceFilter(allowByDefault, matches);
  }

  /** No device has a number above 2^31-1 (majors have 12 bits, minors 20); the program compares 32-bit signed. */
  private static void checkNumbers(DeviceAccessRule rule) {
    for (long n : new long[] {rule.major(), rule.minor()}) {
      if (n != DeviceAccessRule.ANY && (n < 0 || n > Integer.MAX_VALUE)) {
        throw new DrydockException.InvalidArgument("device cgroup rule \"" + rule.v1Line()
            + "\": device number " + n + " is out of range (0 to " + Integer.MAX_VALUE + ")");
      }
    }
  }
}
