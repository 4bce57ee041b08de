package org.sitmap.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.sitmap.domain.EventType;

/** The icon of each event type, shared by the map markers and the event panel. */
public final class EventIcons {
    private EventIcons() {
    }

    public static Ikon of(EventType type) {
        return switch (type) {
            case CAPTURE -> MaterialDesignF.FLAG;
            case CLASH -> MaterialDesignS.SWORD_CROSS;
            case AIRSTRIKE -> MaterialDesignA.AIRPLANE;
            case SHELLING -> MaterialDesignB.BOMB;
            case TROOP_MOVEMENT -> MaterialDesignT.TANK;
            case WITHDRAWAL -> MaterialDesignE.EXIT_RUN;
            case STATEMENT -> MaterialDesignB.BULLHORN;
            case DIPLOMATIC -> MaterialDesignH.HANDSHAKE;
            case HUMANITARIAN -> MaterialDesignM.MEDICAL_BAG;
            case OTHER -> MaterialDesignM.MAP_MARKER;
        };
    }

    /** "Troop movement" for {@code TROOP_MOVEMENT}. */
    public static String label(EventType type) {
        String s = type.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
