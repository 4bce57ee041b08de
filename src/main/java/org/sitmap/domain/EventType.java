package org.sitmap.domain;

/** The kinds of event the panel lists and the map marks. */
public enum EventType {
    CAPTURE, CLASH, AIRSTRIKE, SHELLING, TROOP_MOVEMENT, WITHDRAWAL, STATEMENT, DIPLOMATIC, HUMANITARIAN, OTHER
}
