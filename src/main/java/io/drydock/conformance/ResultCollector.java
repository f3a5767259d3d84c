package io.drydock.conformance;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStepFinished;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A Cucumber plugin that turns one run's events into {@link ScenarioResult}s: the outcome of each
 * test case, and for a failure the step that failed with the engine's answer.
 */
final class ResultCollector implements ConcurrentEventListener {
  private final Map<URI, String> sources = new HashMap<>();
  private final Map<UUID, String> failedStep = new HashMap<>();
  private final List<ScenarioResult> results = new ArrayList<>();
  private final Consumer<ScenarioResult> progress;

  ResultCollector(Consumer<ScenarioResult> progress) {
    this.progress = progress;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestSourceRead.class, this::sourceRead);
    publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
    publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
  }

  synchronized List<ScenarioResult> results() {
    return List.copyOf(results);
  }

  private synchronized void sourceRead(TestSourceRead e) {
    sources.put(e.getUri(), e.getSource());
  }

  private synchronized void stepFinished(TestStepFinished e) {
    Status s = e.getResult().getStatus();
    boolean bad = s == Status.FAILED || s == Status.UNDEFINED || s == Status.AMBIGUOUS;
    if (bad && e.getTestStep() instanceof PickleStepTestStep step) {
      failedStep.putIfAbsent(e.getTestCase().getId(), step.getStep().getKeyword().trim() + " " + step.getStep().getText());
    }
  }

  private synchronized void caseFinished(TestCaseFinished e) {
    TestCase tc = e.getTestCase();
    String source = sources.getOrDefault(tc.getUri(), "");
    String path = tc.getUri().getPath() == null ? tc.getUri().toString() : tc.getUri().getPath();
    ScenarioKey key = new ScenarioKey(
        FeatureSource.title(source, path), FeatureSource.scenarioName(tc.getName(), source, tc.getLocation().getLine()), path, tc.getLocation().getLine());
    Result r = e.getResult();
    ScenarioResult result = new ScenarioResult(key, outcome(r.getStatus()), message(r.getStatus(), r.getError(), failedStep.get(tc.getId())));
    results.add(result);
    progress.accept(result);
  }

  /** Pending (a row drydock declares not yet implemented) and skipped are not failures; the rest is. */
  static Outcome outcome(Status status) {
    return switch (status) {
      case PASSED -> Outcome.PASSED;
      case SKIPPED, PENDING -> Outcome.SKIPPED;
      case FAILED, UNDEFINED, AMBIGUOUS, UNUSED -> Outcome.FAILED;
    };
  }

  /** Why: the failing step, then the first lines of the error (the assertion, not its stack). */
  static String message(Status status, Throwable error, String step) {
    if (status == Status.PASSED) {
      return "";
    }
    String why;
    if (status == Status.UNDEFINED) {
      why = "the step has no definition in the glue";
    } else if (error != null) {
      why = describe(error);
    } else {
      why = status.name().toLowerCase(Locale.ROOT);
    }
    return step == null ? why : step + ": " + why;
  }

  /** The error's message, with its cause's where the message alone hides it (a refused connection). */
  private static String describe(Throwable error) {
    String message = error.getMessage() == null || error.getMessage().isBlank() ? error.getClass().getSimpleName() : error.getMessage().strip();
    Throwable cause = error.getCause();
    if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
      message = message + ": " + cause.getMessage();
    }
    return message;
  }
}
