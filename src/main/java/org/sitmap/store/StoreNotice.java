package org.sitmap.store;

/**
 * Something the user should know about the database just opened: it was damaged and rebuilt, it is read-only,
 * or another Sitmap has it open.
 *
 * @param kind    what happened
 * @param message a sentence for the user, naming files and what to do
 */
public record StoreNotice(Kind kind, String message) {
    public enum Kind { RECOVERED, READ_ONLY, OPEN_ELSEWHERE }
}
