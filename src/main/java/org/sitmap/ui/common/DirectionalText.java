package org.sitmap.ui.common;

/** Mixed-direction text: Arabic excerpts and titles inside an English UI. Pure. */
public final class DirectionalText {
    private DirectionalText() {
    }

    /** True if the first strong letter of {@code s} is right-to-left (Arabic, Hebrew): the text reads right to left. */
    public static boolean readsRightToLeft(String s) {
        for (int i = 0; i < s.length(); i++) {
            byte d = Character.getDirectionality(s.charAt(i));
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return false;
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) return true;
        }
        return false;
    }
}
