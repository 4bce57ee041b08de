package org.sitmap.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.sitmap.platform.Version;

/** Help → About: version, licence and third-party data attributions. */
final class AboutDialog {
    static final String ATTRIBUTIONS = """
            Sitmap is free software under the GNU GPL v3 or later.

            Data attributions
            • Populated places: GeoNames (geonames.org), CC BY 4.0.
            • Borders, land, Lake Assad: Natural Earth (naturalearthdata.com), public domain. "Made with Natural Earth."
            • Coastline, rivers, lakes: GSHHG (Wessel & Smith), LGPL; country borders: DCW via GMT.
            • Situation data: compiled from the cited reports; every fact names its outlet, title, date and URL.
            • Online base map (only when switched on): © OpenStreetMap contributors, ODbL.
            • Map labels: Noto Sans and Noto Sans Arabic (subset), SIL Open Font License 1.1.
            • Interface font: Noto Sans and Noto Sans Arabic (full, merged as "Sitmap UI Sans"), SIL Open Font License 1.1.

            Software: OpenJFX, Gluon Maps (GPL), JTS (EPL/EDL), SQLite JDBC, AtlantaFX, Ikonli, picocli.""";

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("About Sitmap");
        a.setHeaderText("Sitmap " + Version.current() + "\nWho controlled what, when, and on whose word.");
        TextArea text = new TextArea(ATTRIBUTIONS);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        a.getDialogPane().setContent(text);
        a.show();
    }
}
