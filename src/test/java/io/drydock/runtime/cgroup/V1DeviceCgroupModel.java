package io.drydock.runtime.cgroup;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The reference the device programs are checked against: the v1 devices controller as the kernel
 * writes it ({@code security/device_cgroup.c}), transcribed without drydock's code — a behavior,
 * a list of exceptions, {@code dev_exception_add} (merging access into an identical entry),
 * {@code dev_exception_rm} (taking access off identical entries), {@code match_exception} for
 * deny-by-default and {@code match_exception_partial} for allow-by-default. Starts deny-all.
 */
final class V1DeviceCgroupModel {
  private static final class Exception {
    final char type;
    final long major;
    final long minor;
    int access;

    Exception(char type, long major, long minor, int access) {
      this.type = type;
      this.major = major;
      this.minor = minor;
      this.access = access;
    }
  }

  private boolean allowByDefault;
  private final List<Exception> exceptions = new ArrayList<>();

  static V1DeviceCgroupModel after(List<DeviceAccessRule> writes) {
    V1DeviceCgroupModel m = new V1DeviceCgroupModel();
    writes.forEach(m::write);
    return m;
  }

  /** One line written to devices.allow (rule.allow) or devices.deny. */
  void write(DeviceAccessRule rule) {
    if (rule.type() == 'a') {
      exceptions.clear();
      allowByDefault = rule.allow();
      return;
    }
    int access = 0;
    for (char c : rule.access().toCharArray()) {
      access |= c == 'm' ? 1 : c == 'r' ? 2 : 4;
    }
    if (rule.allow() == allowByDefault) {
      remove(rule, access);
    } else {
      add(rule, access);
    }
  }

  private void add(DeviceAccessRule rule, int access) {
    boolean merged = false;
    for (Exception e : exceptions) {
      if (e.type == rule.type() && e.major == rule.major() && e.minor == rule.minor()) {
        e.access |= access;
        merged = true;
      }
    }
    if (!merged) {
      exceptions.add(new Exception(rule.type(), rule.major(), rule.minor(), access));
    }
  }

  private void remove(DeviceAccessRule rule, int access) {
    for (Iterator<Exception> it = exceptions.iterator(); it.hasNext(); ) {
      Exception e = it.next();
      if (e.type == rule.type() && e.major == rule.major() && e.minor == rule.minor()) {
        e.access &= ~access;
        if (e.access == 0) {
          it.remove();
        }
      }
    }
  }

  /** devcgroup_legacy_check_permission for one request ({@code access} bits mknod 1, read 2, write 4). */
  boolean allows(char type, long major, long minor, int access) {
    for (Exception e : exceptions) {
      boolean device = e.type == type && (e.major == -1 || e.major == major) && (e.minor == -1 || e.minor == minor);
      if (!device) {
        continue;
      }
      if (allowByDefault && (access & e.access) != 0) {
        return false;
      }
      if (!allowByDefault && (access & ~e.access) == 0) {
        return true;
      }
    }
    return allowByDefault;
  }
}
