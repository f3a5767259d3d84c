package io.drydock.supervisor.shim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link ShimSpec} into the argv of {@code drydock-helper shim} (documented in spec/shim.md). */
final class ShimCommandLine {
  private ShimCommandLine() {}

  static List<String> of(Path helper, ShimSpec spec) {
    List<String> argv = new ArrayList<>();
    argv.add(helper.toString());
    argv.add("shim");
    argv.add("--id=" + spec.id());
    argv.add("--state-dir=" + spec.stateDir());
    if (spec.log().discard()) {
      argv.add("--no-log");
    } else {
      argv.add("--log-path=" + spec.logFile());
      argv.add("--log-max-size=" + spec.log().maxSize());
      argv.add("--log-max-file=" + spec.log().maxFile());
    }
    if (spec.log().compress()) {
      argv.add("--log-compress");
    }
    if (spec.tty()) {
      argv.add("--tty");
    }
    if (spec.openStdin()) {
      argv.add("--stdin");
    }
    if (spec.startHeld()) {
      argv.add("--hold");
    }
    if (spec.adoptInit()) {
      argv.add("--adopt");
    }
    spec.initialSize().ifPresent(size -> {
      argv.add("--rows=" + size.rows());
      argv.add("--cols=" + size.cols());
    });
    argv.add("--");
    argv.addAll(spec.command());
    return argv;
  }
}
