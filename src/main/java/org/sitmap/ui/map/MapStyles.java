package org.sitmap.ui.map;

import javafx.css.PseudoClass;

/** Pseudo-classes and style classes of the map; their looks live in {@code sitmap.css}. */
final class MapStyles {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CONTESTED = PseudoClass.getPseudoClass("contested");
    /** The base map's credit line. */
    static final String CREDIT = "map-credit";
    /** The line saying how far imported zones agree with the computed ones. */
    static final String AGREEMENT = "imported-agreement";

    private MapStyles() {
    }
}
