package org.readiness;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of the design: the domain core is plain Java, the UI never reaches persistence. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.readiness");

    private static final String[] WEB_AND_PERSISTENCE = {
            "org.springframework..", "com.vaadin..", "jakarta.servlet..", "java.sql..", "javax.sql.."};

    @Test
    void the_questionnaire_package_is_plain_java_with_jackson_and_the_schema_validator() {
        noClasses().that().resideInAPackage("org.readiness.questionnaire..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_PERSISTENCE)
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        "org.readiness.scoring..", "org.readiness.recommendation..", "org.readiness.assessment..",
                        "org.readiness.scorecard..", "org.readiness.consultant..", "org.readiness.api..",
                        "org.readiness.chart..", "org.readiness.base..")
                .check(CLASSES);
    }

    @Test
    void scoring_depends_only_on_the_questionnaire() {
        noClasses().that().resideInAPackage("org.readiness.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_PERSISTENCE)
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        "org.readiness.recommendation..", "org.readiness.assessment..", "org.readiness.scorecard..",
                        "org.readiness.consultant..", "org.readiness.api..", "org.readiness.chart..",
                        "org.readiness.base..")
                .check(CLASSES);
    }

    @Test
    void recommendation_depends_only_on_the_questionnaire_and_scoring() {
        noClasses().that().resideInAPackage("org.readiness.recommendation..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_PERSISTENCE)
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        "org.readiness.assessment..", "org.readiness.scorecard..", "org.readiness.consultant..",
                        "org.readiness.api..", "org.readiness.chart..", "org.readiness.base..")
                .check(CLASSES);
    }

    @Test
    void the_chart_model_and_the_score_card_know_nothing_of_vaadin_or_the_web() {
        noClasses().that().resideInAnyPackage("org.readiness.chart..", "org.readiness.scorecard..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework.web..",
                        "jakarta.servlet..", "org.readiness.api..", "org.readiness.base..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void views_use_services_and_records_never_repositories_or_jdbc() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..",
                        "org.springframework.data..", "java.sql..", "org.readiness.api..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void the_shared_ui_base_depends_on_no_feature_package() {
        noClasses().that().resideInAPackage("org.readiness.base..")
                .should().dependOnClassesThat().resideInAnyPackage("org.readiness.questionnaire..",
                        "org.readiness.scoring..", "org.readiness.recommendation..", "org.readiness.assessment..",
                        "org.readiness.scorecard..", "org.readiness.consultant..", "org.readiness.api..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void only_the_api_and_the_application_setup_use_spring_web() {
        noClasses().that().resideOutsideOfPackages("org.readiness.api..", "org.readiness", "org.readiness.base..",
                        "org.readiness.consultant..", "org.readiness.assessment..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..")
                .check(CLASSES);
    }
}
