package io.drydock.traceability;

/** What a test method is, as far as traceability cares. */
enum TestKind {
  /** A jqwik {@code @Property}: checks a decision for generated inputs. */
  PROPERTY,
  /** A test of a {@code @KernelTest} class or method (or a jqwik property tagged {@code kernel}). */
  KERNEL,
  /** Anything else: neither counts. */
  OTHER
}
