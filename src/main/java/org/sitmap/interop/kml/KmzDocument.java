package org.sitmap.interop.kml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.sitmap.interop.ImportException;
import org.sitmap.io.DataProblem;

/**
 * The KML document inside a KMZ (a zip), read as a stream and guarded against hostile archives: entry names that
 * climb out of the archive or are absolute are refused, and a document that inflates to more than
 * {@link #MAX_BYTES} or more than {@link #MAX_RATIO} times its compressed size (a zip bomb) stops the read.
 * Nothing is ever extracted to disk.
 */
final class KmzDocument {
    static final long MAX_BYTES = 256L << 20;
    static final long MAX_RATIO = 100;
    /** Small documents compress well; the ratio rule applies only beyond this many inflated bytes. */
    private static final long RATIO_GRACE = 64 << 10;

    private KmzDocument() {
    }

    /** The first {@code .kml} entry of {@code kmz}, positioned at its start; {@code where} gets its name. */
    static Opened open(String file, InputStream kmz) throws ImportException, IOException {
        CountingStream compressed = new CountingStream(kmz);
        ZipInputStream zip = new ZipInputStream(compressed);
        try {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String entry = e.getName();
                String why = unsafePath(entry);
                if (why != null) throw new ImportException(new DataProblem(file, 0, "the KMZ entry '" + entry + "' " + why));
                if (entry.toLowerCase(Locale.ROOT).endsWith(".kml")) {
                    return new Opened(file + "!" + entry, new BoundedInflation(file, zip, compressed));
                }
            }
        } catch (ZipException | java.io.EOFException ex) {
            throw new ImportException(new DataProblem(file, 0, "not a readable KMZ (zip) archive: "
                    + (ex.getMessage() == null ? "it ends too early" : ex.getMessage())));
        }
        throw new ImportException(new DataProblem(file, 0, "the KMZ holds no .kml document"));
    }

    /** Why an entry name is refused, or null. */
    static String unsafePath(String entry) {
        String n = entry.replace('\\', '/');
        if (n.startsWith("/") || n.matches("(?i)^[a-z]:.*")) return "has an absolute path";
        for (String part : n.split("/")) {
            if (part.equals("..")) return "climbs out of the archive ('..')";
        }
        return null;
    }

    record Opened(String where, InputStream document) {
    }

    /** Thrown from a read when the archive inflates beyond the limits; the importer reports it as a problem. */
    static final class BombException extends IOException {
        BombException(String message) {
            super(message);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) count += n;
            return n;
        }
    }

    private static final class BoundedInflation extends FilterInputStream {
        private final String file;
        private final CountingStream compressed;
        private long inflated;

        BoundedInflation(String file, InputStream in, CountingStream compressed) {
            super(in);
            this.file = file;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) check(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) check(n);
            return n;
        }

        private void check(int n) throws IOException {
            inflated += n;
            if (inflated > MAX_BYTES) {
                throw new BombException(file + ": the KMZ's document inflates beyond " + (MAX_BYTES >> 20) + " MB");
            }
            if (inflated > RATIO_GRACE && inflated > MAX_RATIO * Math.max(1, compressed.count)) {
                throw new BombException(file + ": the KMZ's document inflates more than " + MAX_RATIO
                        + " times its compressed size (a zip bomb?)");
            }
        }
    }
}
