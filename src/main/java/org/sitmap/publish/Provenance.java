package org.sitmap.publish;

import org.sitmap.platform.Version;

/**
 * What a published file names so it can be traced back: the dataset version (the built-in data's content hash, with
 * a mark when user rows are included) and the software version. Immutable.
 *
 * @param datasetVersion e.g. {@code 3f2a9c01d4e7}
 * @param software       e.g. {@code Sitmap 0.1.0}
 */
public record Provenance(String datasetVersion, String software) {
    public Provenance {
        datasetVersion = datasetVersion == null || datasetVersion.isBlank() ? "unknown" : datasetVersion;
        software = software == null || software.isBlank() ? "Sitmap" : software;
    }

    /** This build of Sitmap with the given dataset version. */
    public static Provenance of(String datasetVersion) {
        return new Provenance(datasetVersion, "Sitmap " + Version.current());
    }

    /** One line for metadata fields and footers. */
    public String line() {
        return software + ", dataset " + datasetVersion;
    }
}
