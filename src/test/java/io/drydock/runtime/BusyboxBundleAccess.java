package io.drydock.runtime;

import io.drydock.runtime.spec.Spec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** Lets tests of other packages (the CLI) build the busybox bundle. */
public final class BusyboxBundleAccess {
  private BusyboxBundleAccess() {}

  public static Path create(Path bundle, List<String> args, UnaryOperator<Spec> edit) throws IOException {
    return BusyboxBundle.create(bundle, args, edit);
  }
}
