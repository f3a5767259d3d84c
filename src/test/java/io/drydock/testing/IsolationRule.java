package io.drydock.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the rule of spec/isolation.md (e.g. {@code ISO-NS-PID}) that a test checks. On a jqwik
 * {@code @Property} it traces the rule's decision; on a {@link KernelTest} the real process.
 * {@code TraceabilityTest} collects these annotations into spec/traceability.md and fails when a
 * rule has no property or no kernel test, or when an annotation names a rule the spec lacks.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(IsolationRule.List.class)
public @interface IsolationRule {
  /** The rule id, as in the first column of spec/isolation.md's rule table. */
  String value();

  /** The container of repeated {@link IsolationRule}s. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    IsolationRule[] value();
  }
}
