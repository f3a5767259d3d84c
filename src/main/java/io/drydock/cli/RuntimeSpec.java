package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.SpecCodec;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spec}: write runc's default config.json into the bundle; never overwrites one. */
@Command(name = "spec", description = "Write a default config.json.")
final class RuntimeSpec extends RuntimeVerb {
  @Option(names = {"--bundle", "-b"}, description = "Bundle directory (default: current directory).")
  Path bundle = Path.of("");

  @Option(names = "--rootless", description = "A config for a rootless container.")
  boolean rootless;

  @Override
  int run() {
    Path file = bundle.resolve("config.json");
    if (!bundle.toString().isEmpty() && !Files.isDirectory(bundle)) {
      throw new DrydockException.NotFound("chdir " + bundle + ": no such file or directory");
    }
    long uid = new com.sun.security.auth.module.UnixSystem().getUid();
    long gid = new com.sun.security.auth.module.UnixSystem().getGid();
    try {
      Files.writeString(file, SpecCodec.write(DefaultSpec.create(rootless, uid, gid)), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new DrydockException.Conflict("File config.json exists. Remove it first");
    } catch (IOException e) {
      throw new DrydockException.SystemError("write " + file + ": " + e.getMessage(), e);
    }
    return 0;
  }
}
