package org.sitmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitmap.task.TaskRunner;

/** A window that is closing may still have listeners that start work: after close, work is dropped, never thrown. */
class FxTaskRunnerTest {
    @Test
    void workStartedAfterClose_isDroppedAsCancelled() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicInteger calls = new AtomicInteger();
        TaskRunner.Cancellable handle = runner.run("late", p -> calls.incrementAndGet(), r -> calls.incrementAndGet(),
                e -> calls.incrementAndGet());
        assertTrue(handle.isCancelled(), "the handle says the work will not run");
        assertEquals(0, calls.get(), "neither the work nor a callback ran");
        assertEquals(0, runner.runningProperty().get(), "nothing counted as running");
    }
}
