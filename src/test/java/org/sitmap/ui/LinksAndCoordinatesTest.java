package org.sitmap.ui;

import org.sitmap.ui.common.Links;
import org.sitmap.ui.common.CoordinateFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.domain.GeoPoint;

class LinksAndCoordinatesTest {
    @ParameterizedTest
    @CsvSource({"https://www.reuters.com/x, true", "http://sohr.com/?p=1, true", "file:///etc/passwd, false",
            "javascript:alert(1), false", "ftp://example.org/a, false", "'', false", "https:///no-host, false",
            "'https://example.org/\u202Egnp.exe', false", "'https://exa mple.org/', false"})
    void open_passesOnlyWebAddressesToTheBrowser(String url, boolean opened) {
        List<String> seen = new ArrayList<>();
        new Links(seen::add).open(url);
        assertEquals(opened, !seen.isEmpty());
    }

    @Test
    void mgrs_ofAleppo_isInGridZone37S() {
        String m = CoordinateFormat.mgrs(new GeoPoint(36.20124, 37.16117));
        assertTrue(m.startsWith("37S "), m);
        assertEquals(4, m.split(" ").length, m);
    }

    @Test
    void degrees_writesHemispheres() {
        assertEquals("36.20124° N, 37.16117° E", CoordinateFormat.degrees(new GeoPoint(36.20124, 37.16117)));
    }
}
