package io.drydock.runtime.cgroup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package's I/O in its two thin edges: {@link CgroupFs} for cgroupfs and
 * {@link CgroupHostReader} for /proc; everything else decides or delegates, so it stays testable
 * against a fake cgroupfs.
 */
class CgroupFsOnlyTest {
  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.drydock.runtime.cgroup");

  @Test
  void onlyTheEdgesTouchTheFileSystem() {
    noClasses().that().doNotHaveFullyQualifiedName(CgroupFs.class.getName())
        .and().doNotHaveFullyQualifiedName(CgroupHostReader.class.getName())
        .should().callMethodWhere(DescribedPredicate.describe("a java.nio.file.Files method",
            call -> call.getTarget().getOwner().isEquivalentTo(Files.class)))
        .because("cgroup writes go through CgroupFs, so tests can point them at a temp directory")
        .check(PRODUCTION);
  }

  @Test
  void theCgroupPackageDoesNotKnowTheOciModelOrTheHelper() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("io.drydock.runtime.spec..", "io.drydock.runtime.plan..")
        .allowEmptyShould(true)
        .check(PRODUCTION);
  }
}
