package org.sitmap.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitmap.domain.ReportedTime;

/**
 * The instants a replay shows: from the start of its first day, one frame per step, the last at the end of its last
 * day (Syria time). A frame shows the map as it stood just before its boundary, so a day's last frame shows what the
 * day ended with: 15 days at 6 h are 60 frames. Immutable.
 *
 * @param boundaries the frame boundaries, each one step after the previous
 */
public record ReplayFrames(List<Instant> boundaries) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public ReplayFrames {
        boundaries = List.copyOf(boundaries);
        if (boundaries.isEmpty()) throw new IllegalArgumentException("a replay needs at least one frame");
    }

    /** Frames from the start of {@code first} to the end of {@code last}, one per {@code step} (at most 2,000). */
    public static ReplayFrames of(LocalDate first, LocalDate last, Duration step) {
        if (last.isBefore(first)) throw new IllegalArgumentException("the replay ends (" + last + ") before it starts (" + first + ")");
        if (step.isNegative() || step.isZero() || step.toMinutes() < 60) {
            throw new IllegalArgumentException("the step must be at least one hour, was " + step);
        }
        Instant start = first.atStartOfDay().toInstant(ReportedTime.SYRIA);
        Instant end = last.plusDays(1).atStartOfDay().toInstant(ReportedTime.SYRIA);
        List<Instant> out = new ArrayList<>();
        for (Instant t = start.plus(step); !t.isAfter(end); t = t.plus(step)) {
            out.add(t);
            if (out.size() > 2000) throw new IllegalArgumentException("more than 2,000 frames: choose a longer step");
        }
        if (out.isEmpty()) out.add(end);
        return new ReplayFrames(out);
    }

    public int size() {
        return boundaries.size();
    }

    /** The instant frame {@code i} shows: one second before its boundary. */
    public Instant at(int i) {
        return boundaries.get(i).minusSeconds(1);
    }

    /** The instant before frame {@code i}'s period: the previous frame's, or one step before the first. */
    public Instant before(int i) {
        if (i > 0) return at(i - 1);
        Duration step = boundaries.size() > 1 ? Duration.between(boundaries.get(0), boundaries.get(1)) : Duration.ofDays(1);
        return at(0).minus(step);
    }

    /** "30 November 2024" for a frame ending a day, "30 November 2024, 06:00" otherwise (Syria time). */
    public String label(int i) {
        LocalDateTime b = LocalDateTime.ofInstant(boundaries.get(i), ReportedTime.SYRIA);
        if (b.toLocalTime().equals(LocalTime.MIDNIGHT)) return b.toLocalDate().minusDays(1).format(DAY);
        return b.toLocalDate().format(DAY) + ", " + b.toLocalTime();
    }

    /** How far through the period frame {@code i} is, 0 to 1. */
    public double fraction(int i) {
        return boundaries.size() == 1 ? 1 : i / (double) (boundaries.size() - 1);
    }
}
