package org.sitmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering, read bottom-up: the domain; platform and task utilities; io, store, geo, basemap; the features built
 * on them (interop, edit, publish, bench); the command line and the JavaFX UI; app, the composition root. A layer uses only
 * layers below it (the features may use each other); every class sits in a layer. Beside the layers: JavaFX
 * only in the UI, SQL only where SQLite files are read, the concrete store named only by the composition root.
 */
@AnalyzeClasses(packages = "org.sitmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] LAYER_PACKAGES = {"org.sitmap.domain..", "org.sitmap.platform..", "org.sitmap.task..",
        "org.sitmap.io..", "org.sitmap.store..", "org.sitmap.geo..", "org.sitmap.basemap..", "org.sitmap.interop..",
        "org.sitmap.edit..", "org.sitmap.publish..", "org.sitmap.bench..", "org.sitmap.cli..", "org.sitmap.ui..", "org.sitmap.app.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Domain").definedBy("org.sitmap.domain..")
            .layer("Platform").definedBy("org.sitmap.platform..")
            .layer("Task").definedBy("org.sitmap.task..")
            .layer("IO").definedBy("org.sitmap.io..")
            .layer("Store").definedBy("org.sitmap.store..")
            .layer("Geo").definedBy("org.sitmap.geo..")
            .layer("Basemap").definedBy("org.sitmap.basemap..")
            .layer("Features").definedBy("org.sitmap.interop..", "org.sitmap.edit..", "org.sitmap.publish..",
                    "org.sitmap.bench..")
            .layer("CLI").definedBy("org.sitmap.cli..")
            .layer("UI").definedBy("org.sitmap.ui..")
            .layer("App").definedBy("org.sitmap.app..")
            .whereLayer("Domain").mayNotAccessAnyLayer()
            .whereLayer("Platform").mayNotAccessAnyLayer()
            .whereLayer("Task").mayNotAccessAnyLayer()
            .whereLayer("IO").mayOnlyAccessLayers("Domain", "Platform", "Task")
            .whereLayer("Store").mayOnlyAccessLayers("Domain", "Platform", "Task", "IO")
            .whereLayer("Geo").mayOnlyAccessLayers("Domain", "Platform", "Task", "IO")
            .whereLayer("Basemap").mayOnlyAccessLayers("Domain", "Platform", "Task", "IO")
            .whereLayer("Features").mayOnlyAccessLayers("Domain", "Platform", "Task", "IO", "Store", "Geo", "Basemap")
            .whereLayer("CLI").mayOnlyAccessLayers("Domain", "Platform", "Task", "IO", "Store", "Geo", "Basemap",
                    "Features")
            .whereLayer("UI").mayOnlyAccessLayers("Domain", "Platform", "Task", "IO", "Store", "Geo", "Basemap",
                    "Features")
            .whereLayer("App").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule everyClassIsInALayer = classes().should().resideInAnyPackage(LAYER_PACKAGES);

    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that().resideInAPackage("org.sitmap.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.sitmap.domain..", "java.lang..", "java.util..",
                    "java.time..");

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses().that().resideOutsideOfPackages("org.sitmap.ui..", "org.sitmap.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule sqlOnlyInTheStoreAndTheTileFile = noClasses().that().resideOutsideOfPackage("org.sitmap.store..")
            .and().doNotHaveFullyQualifiedName("org.sitmap.basemap.MbtilesFile")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootPicksTheStore = noClasses().that()
            .resideOutsideOfPackages("org.sitmap.store..", "org.sitmap.app..")
            .should().dependOnClassesThat().haveSimpleName("SqliteSituationStore");
}
