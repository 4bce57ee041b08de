package org.sitmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A hash of every row of every table of an SQLite file, for asserting that something left a store unchanged. */
public final class StoreFingerprint {
    private StoreFingerprint() {
    }

    public static String of(Path db) throws Exception {
        if (!Files.exists(db)) return "no database";
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                md.update(t.getBytes());
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) md.update(String.valueOf(rs.getObject(i)).getBytes());
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
