package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.DeviceRule;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code HostConfig.DeviceCgroupRules} entry ({@code --device-cgroup-rule 'c 1:3 rwm'}): an
 * allow rule of the device cgroup that widens what the container may open or mknod beyond the
 * default devices. dockerd 20.10 keeps the text as sent at create and reads it only when it builds
 * the spec at start, so a malformed rule fails the start (500, not 400); {@link #parse} is that
 * reading, with dockerd's grammar and messages.
 *
 * @param type {@code a} (all), {@code c} (character) or {@code b} (block)
 * @param major the major number; empty is the wildcard {@code *}
 * @param minor the minor number; empty is the wildcard {@code *}
 * @param access one to three of {@code r}, {@code w}, {@code m} (a letter may repeat, as dockerd takes it)
 */
public record DeviceCgroupRule(char type, Optional<Long> major, Optional<Long> minor, String access) {
  /** dockerd's grammar: exactly one space between the parts, nothing before or after. */
  private static final Pattern FORMAT = Pattern.compile("([acb]) ([0-9]+|\\*):([0-9]+|\\*) ([rwm]{1,3})");

  /**
   * The rule {@code text} states.
   *
   * @throws DrydockException.SystemError with dockerd's message when the text is malformed or a
   *     number does not fit 64 bits (dockerd answers 500 at start for both)
   */
  public static DeviceCgroupRule parse(String text) {
    String t = text == null ? "" : text;
    Matcher m = FORMAT.matcher(t);
    if (!m.matches()) {
      throw new DrydockException.SystemError("invalid device cgroup rule format: '" + t + "'");
    }
    return new DeviceCgroupRule(m.group(1).charAt(0), number(m.group(2), "major", t), number(m.group(3), "minor", t), m.group(4));
  }

  /** The rule as an allow entry of {@code linux.resources.devices} (a wildcard is left out, as the OCI spec reads it). */
  public DeviceRule toSpec() {
    return new DeviceRule(true, String.valueOf(type), major.orElse(null), minor.orElse(null), access, null);
  }

  private static Optional<Long> number(String digits, String which, String text) {
    if (digits.equals("*")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      throw new DrydockException.SystemError("invalid " + which + " value in device cgroup rule format: '" + text + "'");
    }
  }
}
