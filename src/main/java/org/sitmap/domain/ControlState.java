package org.sitmap.domain;

import java.util.List;

/**
 * Who holds a locality at some instant.
 *
 * @param holder      the holding faction id (after any {@link Succession} since the cause)
 * @param contestedBy the attacking faction when fighting is reported inside, else null
 * @param cause       the change that produced this state
 * @param successions the successions the holding passed through since {@code cause}, in time order; usually empty
 */
public record ControlState(String holder, String contestedBy, ControlChange cause, List<Succession> successions) {
    public ControlState {
        successions = List.copyOf(successions);
    }

    /** A state as its cause left it, with no succession since. */
    public ControlState(String holder, String contestedBy, ControlChange cause) {
        this(holder, contestedBy, cause, List.of());
    }

    public boolean contested() {
        return contestedBy != null;
    }
}
