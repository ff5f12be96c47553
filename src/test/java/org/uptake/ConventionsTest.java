package org.uptake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The few conventions that matter, checked on the compiled code. */
class ConventionsTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.uptake");

  @Test
  void controllersLiveInWebPackagesAndArePackagePrivate() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .resideInAPackage("..web..")
        .andShould()
        .notBePublic()
        .check(classes);
  }

  @Test
  void nothingWritesToStandardOutputWherePersonalDataCouldLeak() {
    // The one exception is the command line import, whose output is its report: counts and problem
    // messages, which never hold a person's id (see UsageProblem), and no exception messages.
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.uptake.usage.CommandLineImport")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }

  @Test
  void domainRulesOfTheRosterImportDoNotDependOnSpring() {
    noClasses()
        .that()
        .haveSimpleNameStartingWith("Roster")
        .and()
        .haveSimpleNameNotEndingWith("Import")
        .and()
        .resideInAPackage("org.uptake.organisation")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .check(classes);
  }

  @Test
  void usageParsersRollupsAndLapseRulesDoNotDependOnSpringOrTheDatabase() {
    noClasses()
        .that()
        .resideInAPackage("org.uptake.usage")
        .and()
        .haveSimpleNameNotEndingWith("Import")
        .and()
        .haveSimpleNameNotEndingWith("Repository")
        .and()
        .areNotAnnotatedWith(org.springframework.stereotype.Service.class)
        .and()
        .areNotAnnotatedWith(org.springframework.stereotype.Component.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
        .check(classes);
  }

  @Test
  void surveyInstrumentsScoringAndFhirMappingDoNotDependOnSpringOrTheDatabase() {
    // the module's services, jobs and SQL are Spring beans; its domain rules (instruments,
    // scoring, FHIR mapping, suppression, results tables) are plain Java
    noClasses()
        .that()
        .resideInAPackage("org.uptake.survey")
        .and()
        .areNotAnnotatedWith(org.springframework.stereotype.Service.class)
        .and()
        .areNotAnnotatedWith(org.springframework.stereotype.Component.class)
        .and()
        .areNotAnnotatedWith(org.springframework.stereotype.Repository.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
        .check(classes);
  }
}
