package org.sitmap.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The UI's features (map, events, timeline, details, place) and their shared part (common) depend on each other without cycles, and never on the root that assembles them. */
@AnalyzeClasses(packages = "org.sitmap.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("org.sitmap.ui.(*)..").should().beFreeOfCycles();

    /** The root assembles the window from the features; the features and their shared parts never reach back. */
    @ArchTest
    static final ArchRule featuresDoNotImportTheRoot = noClasses().that().resideInAnyPackage("org.sitmap.ui.*..")
            .should().dependOnClassesThat().resideInAPackage("org.sitmap.ui");

    /** Shared view models and helpers know no feature. */
    @ArchTest
    static final ArchRule commonImportsNoFeature = noClasses().that().resideInAPackage("org.sitmap.ui.common..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.ui.map..", "org.sitmap.ui.details..",
                    "org.sitmap.ui.events..", "org.sitmap.ui.timeline..", "org.sitmap.ui.place..");

    @ArchTest
    static final ArchRule onlyTheTaskRunnerCallsRunLater = noClasses().that().doNotHaveSimpleName("FxTaskRunner")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class);
}
