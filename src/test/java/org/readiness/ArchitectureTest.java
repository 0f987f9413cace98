package org.readiness;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the design, as rules that fail when the code breaks them. Every class belongs to a layer (a
 * new package fails until it is given one), and each layer may use only those below it.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.readiness");

    /** The domain core, plain Java, lowest first. */
    private static final List<Layer> DOMAIN = List.of(
            new Layer("Words", "org.readiness.words.."),
            new Layer("Questionnaire", "org.readiness.questionnaire.."),
            new Layer("Scoring", "org.readiness.scoring.."),
            new Layer("Recommendation", "org.readiness.recommendation.."),
            new Layer("Merge", "org.readiness.merge.."),
            new Layer("Result", "org.readiness.result.."),
            new Layer("Chart", "org.readiness.chart.."),
            new Layer("Score card", "org.readiness.scorecard.."),
            new Layer("Studio lint", "org.readiness.studio.lint.."));

    /** The features' services and storage (their pages are views), lowest first; the settings under them all. */
    private static final List<Layer> FEATURES = List.of(
            new Layer("Settings", "org.readiness.base"),
            // The guards of the web requests (body limits, push connections) and the health of repeating tasks.
            new Layer("Request guards", "org.readiness.base.web"),
            new Layer("Task health", "org.readiness.base.tasks"),
            new Layer("Assessment", "org.readiness.assessment"),
            new Layer("Team", "org.readiness.team"),
            new Layer("Studio", "org.readiness.studio"),
            new Layer("Consultant", "org.readiness.consultant"),
            new Layer("Plan", "org.readiness.plan"));

    private record Layer(String name, String packages) {
    }

    @Test
    void every_class_belongs_to_a_layer_and_each_layer_is_used_only_by_the_layers_above_it() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .withOptionalLayers(true);
        List<Layer> ordered = new java.util.ArrayList<>(DOMAIN);
        ordered.addAll(FEATURES);
        for (Layer layer : ordered) {
            architecture = architecture.layer(layer.name()).definedBy(layer.packages());
        }
        architecture = architecture.layer("Views").definedBy("org.readiness..ui..")
                .layer("API").definedBy("org.readiness.api..")
                .layer("Application").definedBy("org.readiness");
        for (int i = 0; i < ordered.size(); i++) {
            String[] above = new String[ordered.size() - i - 1 + 3];
            for (int j = i + 1; j < ordered.size(); j++) {
                above[j - i - 1] = ordered.get(j).name();
            }
            above[above.length - 3] = "Views";
            above[above.length - 2] = "API";
            above[above.length - 1] = "Application";
            architecture = architecture.whereLayer(ordered.get(i).name()).mayOnlyBeAccessedByLayers(above);
        }
        architecture.whereLayer("Views").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("API").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Application").mayNotBeAccessedByAnyLayer()
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_each_other_in_a_circle() {
        slices().matching("org.readiness.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void no_package_depends_on_another_that_depends_back_on_it() {
        slices().matching("org.readiness.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void a_features_pages_use_no_pages_of_a_feature_above_it() {
        for (int i = 1; i < FEATURES.size(); i++) {
            String[] above = FEATURES.subList(i + 1, FEATURES.size()).stream()
                    .map(layer -> layer.packages() + ".ui..").toArray(String[]::new);
            if (above.length > 0) {
                noClasses().that().resideInAPackage(FEATURES.get(i).packages() + ".ui..")
                        .should().dependOnClassesThat().resideInAnyPackage(above)
                        .allowEmptyShould(true).check(CLASSES);
            }
        }
    }

    @Test
    void only_views_the_shared_ui_base_and_the_application_setup_use_vaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.readiness.base..", "org.readiness")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void the_domain_core_is_plain_java_without_spring_the_web_or_sql() {
        noClasses().that().resideInAnyPackage(DOMAIN.stream().map(Layer::packages).toArray(String[]::new))
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
    void the_shared_ui_base_uses_no_feature_and_no_domain_but_the_words_and_the_settings() {
        String[] features = FEATURES.stream().filter(layer -> !layer.packages().startsWith("org.readiness.base"))
                .map(layer -> layer.packages() + "..").toArray(String[]::new);
        String[] domain = DOMAIN.stream().skip(1).map(Layer::packages).toArray(String[]::new);
        noClasses().that().resideInAPackage("org.readiness.base..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .orShould().dependOnClassesThat().resideInAnyPackage(domain)
                .orShould().dependOnClassesThat().resideInAPackage("org.readiness.api..")
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

    /** Projections, the cheapest path, RACI, the rhythm and the plan's files are plain Java; beside them its storage. */
    @Test
    void the_plan_core_is_plain_java_beside_its_service_and_storage() {
        noClasses().that().resideInAPackage("org.readiness.plan")
                .and().haveSimpleNameNotEndingWith("Service").and().haveSimpleNameNotEndingWith("Repository")
                .and().doNotHaveSimpleName("PlanMaking")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..", "com.vaadin..", "org.readiness.assessment..",
                        "org.readiness.consultant..")
                .check(CLASSES);
    }
}
