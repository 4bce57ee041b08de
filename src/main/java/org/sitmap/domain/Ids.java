package org.sitmap.domain;

import java.util.regex.Pattern;

/** Checks for the identifier formats used across the dataset. */
final class Ids {
    // Compiled once: String.matches compiles its pattern on every call, and every row of an import checks ids.
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}");

    private Ids() {
    }

    static String requireCode(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " must be an upper-case code, was '" + code + "'");
        }
        return code;
    }

    static String requireId(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must be letters, digits, '-', '_' or '.', was '" + id + "'");
        }
        return id;
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
