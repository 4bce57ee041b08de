package org.sitmap.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The UI's features (map, events, timeline, details, place) depend on each other without cycles. */
@AnalyzeClasses(packages = "org.sitmap.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("org.sitmap.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheTaskRunnerCallsRunLater = noClasses().that().doNotHaveSimpleName("FxTaskRunner")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class);
}
