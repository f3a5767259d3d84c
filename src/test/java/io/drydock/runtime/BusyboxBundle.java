package io.drydock.runtime;

import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A bundle for kernel tests: a rootfs holding the static busybox of the busybox-static package
 * with a symlink per applet, and runc's default config with the given args and no terminal.
 */
final class BusyboxBundle {
  private static final Path BUSYBOX = Path.of("/usr/bin/busybox");
  private static final List<String> APPLETS = List.of("sh", "echo", "cat", "sleep", "id", "hostname", "ls", "true",
      "false", "grep", "readlink", "mkdir", "touch", "wc", "ulimit", "kill", "head", "stat", "test", "dd", "seq", "pwd",
      "printf", "env", "tr", "cut", "sed", "rm", "rmdir", "mount", "umount");

  private BusyboxBundle() {}

  static Path create(Path bundle, List<String> args) throws IOException {
    return create(bundle, args, UnaryOperator.identity());
  }

  static Path create(Path bundle, List<String> args, UnaryOperator<Spec> edit) throws IOException {
    Requirements.require("kernel", Files.isExecutable(BUSYBOX) ? Optional.empty() : Optional.of("needs busybox-static (/usr/bin/busybox)"));
    Path rootfs = bundle.resolve("rootfs");
    Files.createDirectories(rootfs.resolve("bin"));
    for (String d : List.of("proc", "dev", "sys", "tmp", "etc", "root")) {
      Files.createDirectories(rootfs.resolve(d));
    }
    Files.copy(BUSYBOX, rootfs.resolve("bin/busybox"), StandardCopyOption.REPLACE_EXISTING);
    for (String applet : APPLETS) {
      Files.createSymbolicLink(rootfs.resolve("bin").resolve(applet), Path.of("busybox"));
    }
    Spec base = DefaultSpec.create(false, 0, 0);
    Process p = base.process();
    Process process = new Process(false, null, p.user(), args, null, List.of("PATH=/bin", "HOME=/root"), p.cwd(),
        p.capabilities(), p.rlimits(), p.noNewPrivileges(), null, null, null, null);
    Spec spec = new Spec(base.ociVersion(), process, base.root(), "drydock-test", null, base.mounts(), null, null,
        base.linux(), null);
    Files.writeString(bundle.resolve("config.json"), SpecCodec.write(edit.apply(spec)));
    return bundle;
  }
}
