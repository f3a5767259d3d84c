package io.drydock.runtime;

import static io.drydock.runtime.HelperProtocol.*;

import io.drydock.runtime.plan.Step;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes plan steps as the helper's one binary message: a length, a header, then per step its op,
 * its argument count and each argument length-prefixed (strings NUL-terminated, numbers as 8-byte
 * native-endian). One step becomes one op, in order; there is no policy here.
 */
public final class HelperMessage {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private HelperMessage() {}

  /** The framed message (u32 length first) for these steps. */
  public static byte[] encode(List<Step> steps) {
    HelperMessage m = new HelperMessage();
    m.u32(MAGIC).u32(PROTOCOL_VERSION).u32(steps.size());
    for (Step s : steps) {
      m.step(s);
    }
    byte[] body = m.out.toByteArray();
    return ByteBuffer.allocate(4 + body.length).order(ByteOrder.nativeOrder()).putInt(body.length).put(body).array();
  }

  /** Frames a raw body; for tests that craft bad messages. */
  public static byte[] frame(byte[] body) {
    return ByteBuffer.allocate(4 + body.length).order(ByteOrder.nativeOrder()).putInt(body.length).put(body).array();
  }

  private void step(Step s) {
    List<byte[]> a = new ArrayList<>();
    op(opOf(s, a), a);
  }

  private int opOf(Step s, List<byte[]> a) {
    if (s instanceof Step.JoinNamespace j) {
      return add(a, OP_SETNS, str(j.path()), num(j.nsType()));
    } else if (s instanceof Step.OpenExecFifo f) {
      return add(a, OP_OPEN_EXEC_FIFO, str(f.path()));
    } else if (s instanceof Step.ConsoleSocket c) {
      return add(a, OP_CONSOLE_SOCKET, str(c.path()));
    } else if (s instanceof Step.Clone c) {
      return add(a, OP_CLONE, num(c.flags()), num(c.monitor() ? 1 : 0));
    } else if (s instanceof Step.UidMap m) {
      return add(a, OP_UID_MAP, str(m.text()));
    } else if (s instanceof Step.GidMap m) {
      return add(a, OP_GID_MAP, str(m.text()));
    } else if (s instanceof Step.SetgroupsDeny) {
      return OP_SETGROUPS_DENY;
    } else if (s instanceof Step.CgroupProcs c) {
      return add(a, OP_CGROUP_PROCS, str(c.file()));
    } else if (s instanceof Step.Unshare u) {
      return add(a, OP_UNSHARE, num(u.flags()));
    } else if (s instanceof Step.LinkUp l) {
      return add(a, OP_LINK_UP, str(l.name()));
    } else if (s instanceof Step.SetHostname h) {
      return add(a, OP_SETHOSTNAME, str(h.name()));
    } else if (s instanceof Step.SetDomainname d) {
      return add(a, OP_SETDOMAINNAME, str(d.name()));
    } else if (s instanceof Step.RootPropagation r) {
      return add(a, OP_ROOT_PROPAGATION, num(r.flags()));
    } else if (s instanceof Step.BindRootfs r) {
      return add(a, OP_ROOTFS, str(r.path()));
    } else if (s instanceof Step.Mount m) {
      return add(a, OP_MOUNT, str(m.source()), str(m.destination()), str(m.type()), num(m.flags()), str(m.data()),
          num(m.create().ordinal()), num(m.remountFlags()), num(m.propagation()));
    } else if (s instanceof Step.MakeDevice d) {
      return add(a, OP_MKNOD, str(d.path()), num(d.mode()), num(d.device()), num(d.uid()), num(d.gid()));
    } else if (s instanceof Step.Symlink l) {
      return add(a, OP_SYMLINK, str(l.target()), str(l.path()));
    }
    return processOp(s, a);
  }

  private int processOp(Step s, List<byte[]> a) {
    if (s instanceof Step.PivotRoot) {
      return OP_PIVOT_ROOT;
    } else if (s instanceof Step.MaskPath m) {
      return add(a, OP_MASK_PATH, str(m.path()));
    } else if (s instanceof Step.ReadonlyPath r) {
      return add(a, OP_READONLY_PATH, str(r.path()));
    } else if (s instanceof Step.RemountRootReadonly) {
      return OP_REMOUNT_ROOT_RO;
    } else if (s instanceof Step.WriteFile w) {
      return add(a, OP_WRITE_FILE, str(w.path()), str(w.content()));
    } else if (s instanceof Step.SetRlimit r) {
      return add(a, OP_RLIMIT, num(r.resource()), num(r.soft()), num(r.hard()));
    } else if (s instanceof Step.WaitStart) {
      return OP_WAIT_START;
    } else if (s instanceof Step.Setsid) {
      return OP_SETSID;
    } else if (s instanceof Step.KeepCaps k) {
      return add(a, OP_KEEPCAPS, num(k.on() ? 1 : 0));
    } else if (s instanceof Step.SetGroups g) {
      g.gids().forEach(x -> a.add(num(x)));
      return OP_SETGROUPS;
    } else if (s instanceof Step.FixStdio f) {
      return add(a, OP_FIX_STDIO, num(f.uid()));
    } else if (s instanceof Step.SetGid g) {
      return add(a, OP_SETGID, num(g.gid()));
    } else if (s instanceof Step.SetUid u) {
      return add(a, OP_SETUID, num(u.uid()));
    } else if (s instanceof Step.Umask u) {
      return add(a, OP_UMASK, num(u.mask()));
    } else if (s instanceof Step.BoundingSet b) {
      return add(a, OP_CAP_BOUNDING, num(b.keep()), num(b.lastCap()));
    } else if (s instanceof Step.CapSet c) {
      return add(a, OP_CAPSET, num(c.effective()), num(c.permitted()), num(c.inheritable()));
    } else if (s instanceof Step.Ambient am) {
      return add(a, OP_CAP_AMBIENT, num(am.raise()), num(am.lastCap()));
    } else if (s instanceof Step.NoNewPrivileges) {
      return OP_NO_NEW_PRIVS;
    } else if (s instanceof Step.Seccomp f) {
      return add(a, OP_SECCOMP, f.program(), num(f.flags()));
    } else if (s instanceof Step.CloseFds) {
      return OP_CLOSE_FDS;
    } else if (s instanceof Step.Chdir c) {
      return add(a, OP_CHDIR, str(c.path()));
    } else if (s instanceof Step.Terminal t) {
      return add(a, OP_TERMINAL, num(t.rows()), num(t.cols()), num(t.console() ? 1 : 0), num(t.owner()));
    } else if (s instanceof Step.HookSync) {
      return OP_HOOK_SYNC;
    } else if (s instanceof Step.RunHook h) {
      a.add(str(h.path()));
      a.add(num(h.timeoutSeconds()));
      a.add(str(h.stateBeforePid()));
      a.add(str(h.stateAfterPid()));
      a.add(num(h.args().size()));
      h.args().forEach(x -> a.add(str(x)));
      h.env().forEach(x -> a.add(str(x)));
      return OP_RUN_HOOK;
    } else if (s instanceof Step.Exec e) {
      a.add(str(e.path()));
      a.add(num(e.argv().size()));
      e.argv().forEach(x -> a.add(str(x)));
      e.env().forEach(x -> a.add(str(x)));
      return OP_EXEC;
    }
    throw new IllegalArgumentException("no op for " + s);
  }

  private static int add(List<byte[]> a, int op, byte[]... args) {
    a.addAll(List.of(args));
    return op;
  }

  private void op(int op, List<byte[]> args) {
    u32(op).u32(args.size());
    for (byte[] arg : args) {
      u32(arg.length);
      out.writeBytes(arg);
    }
  }

  private HelperMessage u32(int v) {
    out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array());
    return this;
  }

  /** A NUL-terminated string argument. */
  public static byte[] str(String s) {
    if (s.indexOf('\0') >= 0) {
      throw new io.drydock.common.DrydockException.InvalidArgument("string contains a NUL byte: " + s.replace('\0', '?'));
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    byte[] z = new byte[b.length + 1];
    System.arraycopy(b, 0, z, 0, b.length);
    return z;
  }

  /** An 8-byte native-endian number argument. */
  public static byte[] num(long v) {
    return ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putLong(v).array();
  }
}
