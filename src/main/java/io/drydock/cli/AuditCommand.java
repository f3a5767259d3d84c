package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import io.drydock.runtime.audit.AuditFacts;
import io.drydock.runtime.audit.AuditFactsReader;
import io.drydock.runtime.audit.AuditReport;
import io.drydock.runtime.audit.Expectations;
import io.drydock.runtime.audit.RuleEvaluator;
import io.drydock.runtime.audit.Verdict;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.State;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code drydock audit}: reads back from the kernel what isolation a process really has and
 * compares it, rule by rule, with spec/isolation.md. Exit 0: no violation; 1: a violation; 2: the
 * audit could not be made (no such process or container).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check a container or process against spec/isolation.md.")
final class AuditCommand implements Callable<Integer> {
  static final int VIOLATION = 1;
  static final int CANNOT_AUDIT = 2;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", description = "Container id in the runtime's state directory (--root).")
  String container;

  @Option(names = "--pid", description = "Audit any process by PID instead of a container (drydock, runc, podman, dockerd).")
  Integer pid;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--privileged", description = "Expect privileged mode: report the rules it waives as WAIVED.")
  boolean privileged;

  @Option(names = "--root", description = "The runtime's state directory (default /run/drydock-runtime).")
  Path root = Path.of("/run/drydock-runtime");

  @Override
  public Integer call() {
    try {
      if ((pid == null) == (container == null)) {
        throw new DrydockException.InvalidArgument("give either --pid PID or a container id, not both or neither");
      }
      Optional<State> state = pid != null ? Optional.empty() : Optional.of(runningContainer());
      int target = state.map(State::pid).orElse(pid);
      Expectations e = state.map(s -> Expectations.forSpec(SpecCodec.read(Path.of(s.bundle()).resolve("config.json")), privileged))
          .orElseGet(() -> Expectations.defaults(privileged));
      AuditFacts facts = new AuditFactsReader().read(target, e);
      List<Verdict> verdicts = RuleEvaluator.evaluate(facts, e);
      if (json) {
        spec.commandLine().getOut().println(SpecCodec.mapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(AuditReport.json(facts, e, verdicts)));
      } else {
        spec.commandLine().getOut().print(AuditReport.table(facts, e, verdicts));
      }
      spec.commandLine().getOut().flush();
      return RuleEvaluator.violated(verdicts) ? VIOLATION : 0;
    } catch (DrydockException | com.fasterxml.jackson.core.JsonProcessingException ex) {
      spec.commandLine().getErr().println("drydock audit: " + ex.getMessage());
      spec.commandLine().getErr().flush();
      return CANNOT_AUDIT;
    }
  }

  private State runningContainer() {
    State s = new LinuxRuntime(root).state(RuntimeId.of(container));
    if (s.pid() == null || s.pid() <= 0) {
      throw new DrydockException.Conflict("container " + container + " is not running: " + s.status());
    }
    return s;
  }
}
