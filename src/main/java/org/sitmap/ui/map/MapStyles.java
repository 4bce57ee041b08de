package org.sitmap.ui.map;

import javafx.css.PseudoClass;

/** Pseudo-classes the map's layers set; their looks live in {@code sitmap.css}. */
final class MapStyles {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CONTESTED = PseudoClass.getPseudoClass("contested");

    private MapStyles() {
    }
}
