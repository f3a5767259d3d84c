package io.drydock.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of shared/DESIGN.md as ArchUnit rules, parameterised by the root package so that the
 * same rule is checked against drydock and, in {@link LayerRulesTest}, against a small fixture that
 * breaks it on purpose. A rule added later goes here too.
 */
final class LayerRules {
  private LayerRules() {}

  /** Each layer imports only layers below it; the engine uses only the spec model of the runtime. */
  static ArchRule layers(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy(root + ".cli..")
        .layer("api").definedBy(root + ".api..")
        .layer("engine").definedBy(root + ".engine..")
        .layer("supervisor").definedBy(root + ".supervisor..")
        .layer("runtime").definedBy(root + ".runtime..")
        .layer("os").definedBy(root + ".os..")
        .layer("common").definedBy(root + ".common..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("api").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("engine").mayOnlyBeAccessedByLayers("cli", "api")
        .whereLayer("supervisor").mayOnlyBeAccessedByLayers("cli", "engine")
        .whereLayer("runtime").mayOnlyBeAccessedByLayers("cli", "engine", "supervisor")
        .whereLayer("os").mayOnlyBeAccessedByLayers("cli", "engine", "supervisor", "runtime")
        .whereLayer("common").mayOnlyBeAccessedByLayers("cli", "api", "engine", "supervisor", "runtime", "os")
        .as("each layer of " + root + " imports only the layers below it");
  }

  /**
   * The engine may use the runtime's pure models — the OCI spec ({@code runtime.spec}) and the
   * seccomp profiles it puts into specs ({@code runtime.seccomp}) — and nothing else of the runtime.
   */
  static ArchRule engineUsesOnlyRuntimeSpec(String root) {
    return noClasses().that().resideInAPackage(root + ".engine..")
        .should().dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "reside in " + root + ".runtime but outside runtime.spec and runtime.seccomp",
                (com.tngtech.archunit.core.domain.JavaClass c) ->
                    c.getPackageName().startsWith(root + ".runtime")
                        && !c.getPackageName().startsWith(root + ".runtime.spec")
                        && !c.getPackageName().startsWith(root + ".runtime.seccomp")))
        .allowEmptyShould(true)
        .as("the engine uses only " + root + ".runtime.spec and .runtime.seccomp of the runtime");
  }

  static ArchRule noCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
  }

  static ArchRule nettyOnlyInApi(String root) {
    return noClasses().that().resideOutsideOfPackages(root + ".api..", root + ".cli..")
        .should().dependOnClassesThat().resideInAPackage("io.netty..")
        .allowEmptyShould(true)
        .as("Netty is used only in " + root + ".api (and wired in cli)");
  }

  static ArchRule jnaOnlyInOs(String root) {
    return noClasses().that().resideOutsideOfPackage(root + ".os..")
        .should().dependOnClassesThat().resideInAPackage("com.sun.jna..")
        .allowEmptyShould(true)
        .as("JNA is used only in " + root + ".os");
  }

  static ArchRule dtosOnlyInApi(String root) {
    return noClasses().that().resideOutsideOfPackage(root + ".api..")
        .should().dependOnClassesThat().resideInAPackage(root + ".api.dto..")
        .allowEmptyShould(true)
        .as("Docker API DTOs (" + root + ".api.dto) stay in the api layer");
  }

  static ArchRule exitOnlyInMain(String root) {
    return noClasses().that().doNotHaveFullyQualifiedName(root + ".cli.Main")
        .should().callMethod(System.class, "exit", int.class)
        .allowEmptyShould(true)
        .as("only " + root + ".cli.Main calls System.exit");
  }

  static ArchRule noJavaIoFile(String root) {
    return noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .allowEmptyShould(true)
        .as("paths are java.nio.file.Path, not java.io.File");
  }

  /**
   * The conformance runner and its glue judge every engine through its API only: they import no
   * drydock package but their own (and {@code common}), so drydock gets no inside help.
   */
  static ArchRule conformanceIsBlackBox(String root) {
    return noClasses().that().resideInAPackage(root + ".conformance..")
        .should().dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "reside in " + root + " outside " + root + ".conformance and " + root + ".common",
                (com.tngtech.archunit.core.domain.JavaClass c) ->
                    c.getPackageName().startsWith(root + ".")
                        && !c.getPackageName().equals(root + ".conformance")
                        && !c.getPackageName().startsWith(root + ".conformance.")
                        && !c.getPackageName().equals(root + ".common")
                        && !c.getPackageName().startsWith(root + ".common.")))
        .allowEmptyShould(true)
        .as("the conformance runner and glue of " + root + " import no other drydock package than common");
  }
}
