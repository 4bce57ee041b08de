package org.sitmap.domain;

/**
 * Who holds a locality at some instant.
 *
 * @param holder      the holding faction id
 * @param contestedBy the attacking faction when fighting is reported inside, else null
 * @param cause       the change that produced this state
 */
public record ControlState(String holder, String contestedBy, ControlChange cause) {
    public boolean contested() {
        return contestedBy != null;
    }
}
