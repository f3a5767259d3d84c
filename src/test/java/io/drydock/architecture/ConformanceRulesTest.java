package io.drydock.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The conformance runner stays a black box: checked on drydock, and shown to catch a leak. */
class ConformanceRulesTest {
  @Test
  void conformanceImportsNoOtherDrydockPackage() {
    JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.drydock.conformance");
    LayerRules.conformanceIsBlackBox("io.drydock").check(production);
  }

  @Test
  void theRuleCatchesGlueThatImportsTheEngine() {
    JavaClasses fixture = new ClassFileImporter().importPackages("io.drydock.archfixture");
    assertThatThrownBy(() -> LayerRules.conformanceIsBlackBox("io.drydock.archfixture").check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("io.drydock.archfixture.conformance.LeakyGlue")
        .hasMessageContaining("io.drydock.archfixture.engine.Engine");
  }
}
