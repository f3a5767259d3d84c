/**
 * The traceability check of spec/isolation.md: parses its rule table, finds the tests annotated
 * {@code @IsolationRule}, generates spec/traceability.md and fails when a rule is not traced to
 * existing enforcing code, a property and a kernel test. Reads the spec and the compiled test
 * classes; writes only spec/traceability.md, and only with {@code -Ddrydock.spec.update=true}.
 */
package io.drydock.traceability;
