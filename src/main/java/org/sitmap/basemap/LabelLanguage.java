package org.sitmap.basemap;

/** Which names the map labels show. A place without an Arabic name is labelled in English in both. */
public enum LabelLanguage {
    ENGLISH, ARABIC;

    /** Parses a settings value ("en", "ar", or the constant name); anything else gives English. */
    public static LabelLanguage parse(String value) {
        if (value == null) return ENGLISH;
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        return v.equals("ar") || v.equals("arabic") ? ARABIC : ENGLISH;
    }

    String pick(String english, String arabic) {
        return this == ARABIC && arabic != null && !arabic.isBlank() ? arabic : english;
    }
}
