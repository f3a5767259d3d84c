package io.drydock.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Checks what a {@link ScenarioTest} needs: a daemon can only run where kernel tests can. */
public final class ScenarioRequirements implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return Requirements.decide("scenario", KernelRequirements.missingNeed());
  }
}
