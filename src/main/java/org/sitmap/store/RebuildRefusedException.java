package org.sitmap.store;

/**
 * A new built-in dataset was not loaded because it would break rows of the user's (a reference or a correction to
 * a row it drops); the message names them. The previous built-in data stays in the store.
 */
public final class RebuildRefusedException extends StoreException {
    public RebuildRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
