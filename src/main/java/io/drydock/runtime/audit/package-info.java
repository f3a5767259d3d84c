/**
 * Reading back what isolation a process really has, for {@code drydock audit}: the text of
 * {@code /proc/<pid>/{status,ns/*,mountinfo,uid_map,gid_map,cgroup,limits,fd}} and of cgroupfs is
 * parsed into {@link io.drydock.runtime.audit.AuditFacts}, and a pure
 * {@link io.drydock.runtime.audit.RuleEvaluator} compares those facts, rule by rule, with the
 * defaults of {@code spec/isolation.md}.
 *
 * <p>Owns: the parsers, the facts, the rule verdicts. May use {@code io.drydock.runtime.cgroup} (to
 * find the host's cgroup hierarchies) and {@code io.drydock.common}. It never changes a process or
 * a file: it only reads. Only {@link io.drydock.runtime.audit.AuditFactsReader} does I/O.
 */
package io.drydock.runtime.audit;
