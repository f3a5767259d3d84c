package io.drydock.runtime;

import io.drydock.runtime.seccomp.Arch;
import io.drydock.runtime.seccomp.SeccompCompiler;
import io.drydock.runtime.seccomp.SeccompProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compiled seccomp programs of the last few profiles. Nearly every container of an engine
 * carries the same profile (Docker's default), and compiling it — a few hundred rules into BPF —
 * is the costliest pure step of a create, so a profile equal to a recent one reuses its program.
 * A profile is a value (a record of records and lists), so equal profiles compile to equal
 * programs; the arrays handed out are never written to.
 */
final class SeccompPrograms {
  private static final int KEPT = 8;
  private static final Map<Key, byte[]> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
      return size() > KEPT;
    }
  };

  private record Key(SeccompProfile profile, Arch arch) {}

  private SeccompPrograms() {}

  static byte[] compiled(SeccompProfile profile, Arch arch) {
    Key key = new Key(profile, arch);
    synchronized (RECENT) {
      byte[] known = RECENT.get(key);
      if (known != null) {
        return known;
      }
    }
    byte[] program = SeccompCompiler.compile(profile, arch).bytes();
    synchronized (RECENT) {
      RECENT.put(key, program);
    }
    return program;
  }
}
