package org.sitmap.ui.bench;

import javafx.application.Platform;
import org.sitmap.bench.WindowProtocol;

/**
 * {@code --exit-after-first-frame}: prints the time from the JVM's start to the first frame with zones, then exits once
 * loading has ended: a first start writes the store after its first frame, and the next start is to find it written.
 */
public final class FirstFrameProbe implements WindowProbe {
    @Override
    public void install(ProbeTarget window) {
        FirstFrame.whenDrawn(window, ms -> {
            System.out.println(WindowProtocol.line(WindowProtocol.FIRST_FRAME_MS, ms));
            System.out.flush();
            var loading = window.situation().loadingProperty();
            if (!loading.get()) {
                Platform.exit();
                return;
            }
            loading.addListener((o, was, now) -> {
                if (!now) Platform.exit();
            });
        });
    }
}
