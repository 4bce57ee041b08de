package org.sitmap.ui;

import org.sitmap.ui.common.UiFonts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitmap.ui.details.SourceLink;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Arabic renders in the shipped font, on any machine, and sits correctly inside English lines. */
class ArabicTextFxTest extends FxRobot {
    /** A real source title from data/sources.csv (Al Jazeera, 12 November 2015). */
    private static final String TITLE = "قوات النظام تتمدد بريف حلب الجنوبي";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aLabelInTheAppsStylesheet_usesTheShippedFont_andDrawsEveryArabicLetter_notTheMissingGlyphBox() {
        Label label = new Label(TITLE);
        interact(() -> {
            Scene scene = new Scene(new StackPane(label), 400, 100);
            Theme.LIGHT.apply(scene);
            label.applyCss();
        });
        Font font = label.getFont();
        assertEquals(UiFonts.FAMILY, font.getFamily());
        long missingGlyph = ink("\uE000", font); // a private-use code point: no font has it, so it draws the box
        TITLE.chars().filter(c -> c != ' ').distinct().forEach(c ->
                assertNotEquals(missingGlyph, ink(Character.toString(c), font), "letter U+" + Integer.toHexString(c)));
        assertTrue(TITLE.chars().filter(c -> c != ' ').distinct().mapToLong(c -> ink(Character.toString(c), font)).distinct().count() > 5);
    }

    @Test
    void anArabicTitleInASourceCaption_comesAfterOutletAndDate_withoutBidiControlsThatDrawAsBoxes() {
        String caption = new SourceLink("Al Jazeera", TITLE, "2015-11-12", "https://example.org/", "").caption();
        assertTrue(caption.chars().noneMatch(c -> Character.getType(c) == Character.FORMAT), caption);
        Text text = new Text(caption);
        interact(() -> {
            text.setFont(UiFonts.regular(14));
            new Scene(new Group(text));
        });
        double outletEnd = caretX(text, caption.indexOf("Al Jazeera") + "Al Jazeera".length() - 1);
        int dateStart = caption.indexOf("2015-11-12");
        double[] dateXs = java.util.stream.IntStream.range(dateStart, dateStart + 10).mapToDouble(i -> caretX(text, i)).toArray();
        int titleStart = caption.indexOf(TITLE);
        double[] titleXs = java.util.stream.IntStream.range(titleStart, titleStart + TITLE.length())
                .mapToDouble(i -> caretX(text, i)).toArray();
        for (int i = 1; i < dateXs.length; i++) assertTrue(dateXs[i] > dateXs[i - 1], "the date reads left to right");
        assertTrue(dateXs[0] > outletEnd, "date after the outlet");
        double dateEnd = dateXs[dateXs.length - 1];
        assertTrue(Arrays.stream(titleXs).allMatch(x -> x > dateEnd), "title after the date");
    }

    private double caretX(Text text, int index) {
        double[] x = new double[1];
        interact(() -> {
            PathElement[] caret = text.caretShape(index, true);
            x[0] = ((MoveTo) caret[0]).getX();
        });
        return x[0];
    }

    /** A fingerprint of the pixels {@code s} covers when drawn in {@code font}. */
    private long ink(String s, Font font) {
        long[] hash = new long[1];
        interact(() -> {
            Text t = new Text(s);
            t.setFont(Font.font(font.getFamily(), 40));
            new Scene(new Group(t));
            WritableImage image = t.snapshot(null, null);
            PixelReader r = image.getPixelReader();
            long h = (long) image.getWidth();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((r.getArgb(x, y) & 0xff) < 128) h = h * 31 + x * 1000L + y;
                }
            }
            hash[0] = h;
        });
        return hash[0];
    }
}
