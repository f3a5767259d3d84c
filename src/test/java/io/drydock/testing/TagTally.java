package io.drydock.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Records, for every test tagged {@code kernel} or {@code scenario}, whether it ran, failed or was
 * skipped (and why) in {@code target/tag-tally/TAG.tsv}. {@code .ci/run} reads these files, so a CI
 * run in which the kernel or scenario tests were skipped or never ran fails.
 */
public final class TagTally implements TestExecutionListener {
  private static final Set<String> WATCHED = Set.of("kernel", "scenario");
  private static final Path DIR = Path.of("target", "tag-tally");

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    record(test, "skipped", reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (!test.isTest()) {
      return;
    }
    String status =
        switch (result.getStatus()) {
          case SUCCESSFUL -> "passed";
          case ABORTED -> "skipped";
          case FAILED -> "failed";
        };
    record(test, status, result.getThrowable().map(Throwable::getMessage).orElse(""));
  }

  private static void record(TestIdentifier test, String status, String reason) {
    Set<String> tags = test.getTags().stream().map(TestTag::getName).filter(WATCHED::contains).collect(Collectors.toSet());
    for (String tag : tags) {
      String line = status + "\t" + test.getUniqueId() + "\t" + firstLine(reason) + "\n";
      try {
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve(tag + ".tsv"), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new IllegalStateException("write tag tally", e);
      }
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).replace('\t', ' ');
  }
}
