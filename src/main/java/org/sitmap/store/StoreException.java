package org.sitmap.store;

/** A storage failure, with a message a user can act on; the cause keeps the technical detail. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
