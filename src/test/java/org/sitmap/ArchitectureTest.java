package org.sitmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering: domain → geo / store / io → ui, with app as the composition root. */
@AnalyzeClasses(packages = "org.sitmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that().resideInAPackage("org.sitmap.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.sitmap.domain..", "java.lang..", "java.util..",
                    "java.time..");

    @ArchTest
    static final ArchRule domainImportsNoJavaFxNorSql = noClasses().that().resideInAPackage("org.sitmap.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootUsesTheUi = noClasses().that()
            .resideOutsideOfPackages("org.sitmap.ui..", "org.sitmap.app..")
            .should().dependOnClassesThat().resideInAPackage("org.sitmap.ui..");

    @ArchTest
    static final ArchRule coreLayersAvoidJavaFx = noClasses().that()
            .resideInAnyPackage("org.sitmap.geo..", "org.sitmap.store..", "org.sitmap.io..", "org.sitmap.cli..", "org.sitmap.task..", "org.sitmap.platform..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule sqlStaysInTheStore = noClasses().that().resideOutsideOfPackage("org.sitmap.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootPicksTheStore = noClasses().that()
            .resideOutsideOfPackages("org.sitmap.store..", "org.sitmap.app..")
            .should().dependOnClassesThat().haveSimpleName("SqliteSituationStore");
}
