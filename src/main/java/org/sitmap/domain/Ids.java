package org.sitmap.domain;

/** Checks for the identifier formats used across the dataset. */
final class Ids {
    private Ids() {
    }

    static String requireCode(String code, String what) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,15}")) {
            throw new IllegalArgumentException(what + " must be an upper-case code, was '" + code + "'");
        }
        return code;
    }

    static String requireId(String id, String what) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")) {
            throw new IllegalArgumentException(what + " must be letters, digits, '-', '_' or '.', was '" + id + "'");
        }
        return id;
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
