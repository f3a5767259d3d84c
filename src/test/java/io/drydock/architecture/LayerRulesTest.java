package io.drydock.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks drydock against {@link LayerRules}, and checks that the rules catch a violation. */
class LayerRulesTest {
  private static final String ROOT = "io.drydock";
  private static final String FIXTURE = "io.drydock.archfixture";
  private static JavaClasses production;
  private static JavaClasses fixture;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    fixture = new ClassFileImporter().importPackages(FIXTURE);
  }

  @Test
  void layersImportOnlyLowerLayers() {
    LayerRules.layers(ROOT).check(production);
  }

  @Test
  void engineUsesOnlyTheSpecModelOfTheRuntime() {
    LayerRules.engineUsesOnlyRuntimeSpec(ROOT).check(production);
  }

  @Test
  void noPackageCycles() {
    LayerRules.noCycles(ROOT).check(production);
  }

  @Test
  void nettyOnlyInApi() {
    LayerRules.nettyOnlyInApi(ROOT).check(production);
  }

  @Test
  void jnaOnlyInOs() {
    LayerRules.jnaOnlyInOs(ROOT).check(production);
  }

  @Test
  void dtosOnlyInApi() {
    LayerRules.dtosOnlyInApi(ROOT).check(production);
  }

  @Test
  void exitOnlyInMain() {
    LayerRules.exitOnlyInMain(ROOT).check(production);
  }

  @Test
  void pathsNotFiles() {
    LayerRules.noJavaIoFile(ROOT).check(production);
  }

  @Test
  void theLayerRuleCatchesALowerLayerImportingAHigherOne() {
    assertThatThrownBy(() -> LayerRules.layers(FIXTURE).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("io.drydock.archfixture.runtime.LeakyRuntime")
        .hasMessageContaining("io.drydock.archfixture.engine.Engine");
  }

  @Test
  void theEngineRuleCatchesTheEngineReachingIntoTheRuntime() {
    assertThatThrownBy(() -> LayerRules.engineUsesOnlyRuntimeSpec(FIXTURE).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("io.drydock.archfixture.engine.Engine");
  }

  @Test
  void theCycleRuleCatchesACycle() {
    assertThatThrownBy(() -> LayerRules.noCycles(FIXTURE).check(fixture)).isInstanceOf(AssertionError.class);
  }

  @Test
  void theJnaRuleCatchesJnaOutsideOs() {
    assertThatThrownBy(() -> LayerRules.jnaOnlyInOs(FIXTURE).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyRuntime");
  }
}
