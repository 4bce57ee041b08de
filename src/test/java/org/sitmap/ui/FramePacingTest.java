package org.sitmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FramePacingTest {
    private final String before = System.getProperty(FramePacing.PULSE_PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty(FramePacing.PULSE_PROPERTY);
        else System.setProperty(FramePacing.PULSE_PROPERTY, before);
    }

    @Test
    void withoutASetting_theWindowPulses120TimesASecond() {
        System.clearProperty(FramePacing.PULSE_PROPERTY);
        FramePacing.apply();
        assertEquals("120", System.getProperty(FramePacing.PULSE_PROPERTY));
    }

    @Test
    void aUsersOwnRate_isKept() {
        System.setProperty(FramePacing.PULSE_PROPERTY, "60");
        FramePacing.apply();
        assertEquals("60", System.getProperty(FramePacing.PULSE_PROPERTY));
    }
}
