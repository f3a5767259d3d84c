package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;

/**
 * Base of the {@code drydock runtime} verbs: an error is printed as runc prints it (one line on
 * stderr) and gives exit code 1.
 */
abstract class RuntimeVerb implements Callable<Integer> {
  static final int FAILED = 1;

  @ParentCommand RuntimeCommand parent;
  @picocli.CommandLine.Spec CommandSpec spec;

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (DrydockException e) {
      err().println("drydock runtime " + spec.name() + ": " + e.getMessage());
      err().flush();
      return FAILED;
    }
  }

  abstract int run();

  LinuxRuntime runtime() {
    return new LinuxRuntime(parent.root);
  }

  static RuntimeId id(String value) {
    return RuntimeId.of(value);
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
