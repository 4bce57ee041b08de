package org.sitmap.store;

/**
 * Something the user should know about the database just opened: it was damaged and rebuilt, it is read-only,
 * another Sitmap has it open, or the shipped built-in data could not replace the stored copy.
 *
 * @param kind    what happened
 * @param message a sentence for the user, naming files and what to do
 */
public record StoreNotice(Kind kind, String message) {
    public enum Kind { RECOVERED, READ_ONLY, OPEN_ELSEWHERE, BUILTIN_KEPT }
}
