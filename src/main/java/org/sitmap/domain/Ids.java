package org.sitmap.domain;

/**
 * Checks for the identifier formats used across the dataset. Hand-written rather than regular expressions: every
 * row read from the store or an import checks several ids, and a {@code Matcher} per check was a tenth of loading
 * 200,000 events ({@code IdsTest} holds them equal to the patterns in their Javadoc).
 */
final class Ids {
    private Ids() {
    }

    /** {@code [A-Z][A-Z0-9_]{1,15}}. */
    static boolean isCode(String s) {
        int n = s.length();
        if (n < 2 || n > 16) return false;
        char first = s.charAt(0);
        if (first < 'A' || first > 'Z') return false;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
        }
        return true;
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9_.-]{0,79}}. */
    static boolean isId(String s) {
        int n = s.length();
        if (n < 1 || n > 80) return false;
        if (!alnum(s.charAt(0))) return false;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!(alnum(c) || c == '_' || c == '.' || c == '-')) return false;
        }
        return true;
    }

    private static boolean alnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static String requireCode(String code, String what) {
        if (code == null || !isCode(code)) throw badCode(code, what);
        return code;
    }

    /** As {@link #requireCode(String, String)}, the message ({@code "<kind> <ownerId>: <field>"}) built only on failure. */
    static String requireCode(String code, String kind, String ownerId, String field) {
        if (code == null || !isCode(code)) throw badCode(code, kind + " " + ownerId + ": " + field);
        return code;
    }

    static String requireId(String id, String what) {
        if (id == null || !isId(id)) throw badId(id, what);
        return id;
    }

    /** As {@link #requireId(String, String)}, the message ({@code "<kind> <ownerId>: <field>"}) built only on failure. */
    static String requireId(String id, String kind, String ownerId, String field) {
        if (id == null || !isId(id)) throw badId(id, kind + " " + ownerId + ": " + field);
        return id;
    }

    private static IllegalArgumentException badCode(String code, String what) {
        return new IllegalArgumentException(what + " must be an upper-case code, was '" + code + "'");
    }

    private static IllegalArgumentException badId(String id, String what) {
        return new IllegalArgumentException(what + " must be letters, digits, '-', '_' or '.', was '" + id + "'");
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
