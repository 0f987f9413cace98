package org.readiness;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of the design, as rules that fail when the code breaks them. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.readiness");

    @Test
    void features_do_not_depend_on_each_other_in_a_circle() {
        slices().matching("org.readiness.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void no_package_depends_on_another_that_depends_back_on_it() {
        slices().matching("org.readiness.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void each_layer_is_used_only_by_the_layers_above_it() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Questionnaire").definedBy("org.readiness.questionnaire..")
                .layer("Scoring").definedBy("org.readiness.scoring..")
                .layer("Recommendation").definedBy("org.readiness.recommendation..")
                .layer("Merge").definedBy("org.readiness.merge..")
                .layer("Chart").definedBy("org.readiness.chart..")
                .layer("Score card").definedBy("org.readiness.scorecard..")
                .layer("Assessment").definedBy("org.readiness.assessment")
                .layer("Studio").definedBy("org.readiness.studio", "org.readiness.studio.lint")
                .layer("Team").definedBy("org.readiness.team")
                .layer("Consultant").definedBy("org.readiness.consultant")
                .layer("Views").definedBy("org.readiness..ui..")
                .layer("API").definedBy("org.readiness.api..")
                .layer("Application").definedBy("org.readiness")
                .whereLayer("Application").mayNotBeAccessedByAnyLayer()
                .whereLayer("API").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Views").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Consultant").mayOnlyBeAccessedByLayers("Views", "API", "Application")
                .whereLayer("Team").mayOnlyBeAccessedByLayers("Consultant", "Views", "API")
                .whereLayer("Studio").mayOnlyBeAccessedByLayers("Consultant", "Views", "API", "Application")
                .whereLayer("Assessment").mayOnlyBeAccessedByLayers("Team", "Studio", "Consultant", "Views", "API")
                .whereLayer("Score card").mayOnlyBeAccessedByLayers("Assessment", "Team", "Consultant", "Views", "API")
                .whereLayer("Chart").mayOnlyBeAccessedByLayers("Score card", "Views")
                .whereLayer("Merge").mayOnlyBeAccessedByLayers("Chart", "Score card", "Team", "Consultant", "Views",
                        "API")
                .whereLayer("Recommendation").mayOnlyBeAccessedByLayers("Merge", "Chart", "Score card", "Assessment",
                        "Team", "Studio", "Consultant", "Views", "API")
                .whereLayer("Scoring").mayOnlyBeAccessedByLayers("Recommendation", "Merge", "Chart", "Score card",
                        "Assessment", "Team", "Studio", "Consultant", "Views", "API")
                .check(CLASSES);
    }

    @Test
    void only_views_the_shared_ui_base_and_the_application_setup_use_vaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.readiness.base..", "org.readiness")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void the_domain_core_is_plain_java_without_spring_the_web_or_sql() {
        noClasses().that().resideInAnyPackage("org.readiness.questionnaire..", "org.readiness.scoring..",
                        "org.readiness.recommendation..", "org.readiness.merge..", "org.readiness.chart..",
                        "org.readiness.scorecard..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void views_use_services_and_records_never_repositories_or_jdbc() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void the_team_feature_never_depends_on_the_consultants() {
        noClasses().that().resideInAPackage("org.readiness.team..")
                .should().dependOnClassesThat().resideInAPackage("org.readiness.consultant..")
                .check(CLASSES);
    }

    @Test
    void the_studio_never_depends_on_the_consultants() {
        noClasses().that().resideInAPackage("org.readiness.studio..")
                .should().dependOnClassesThat().resideInAPackage("org.readiness.consultant..")
                .check(CLASSES);
    }

    @Test
    void the_studio_s_linter_is_plain_java() {
        noClasses().that().resideInAPackage("org.readiness.studio.lint..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void the_shared_ui_base_depends_on_no_feature_package() {
        noClasses().that().resideInAPackage("org.readiness.base..")
                .should().dependOnClassesThat().resideInAnyPackage("org.readiness.questionnaire..",
                        "org.readiness.scoring..", "org.readiness.recommendation..", "org.readiness.assessment..",
                        "org.readiness.scorecard..", "org.readiness.consultant..", "org.readiness.api..",
                        "org.readiness.chart..", "org.readiness.merge..", "org.readiness.team..",
                        "org.readiness.studio..")
                .check(CLASSES);
    }
}
