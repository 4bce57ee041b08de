package org.sitmap.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its node. A {@link Tooltip} is a popup window with its own scene:
 * making one for each of the dozens of event markers and legend rows a timeline step creates was most of the step's
 * time (issue 18), for tooltips nobody hovers. FX thread only.
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    /** Gives {@code node} a tooltip of {@code text}, made on the first hover. */
    public static void install(Node node, String text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text));
            }
        });
    }
}
