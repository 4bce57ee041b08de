package org.sitmap.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import picocli.CommandLine.Option;

/** {@code --date} (required) and {@code --time}: the instant a command shows, as {@code @Mixin AtDateOptions at;}. */
final class AtDateOptions {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day (its end, in Syria's time).")
    LocalDate date;

    @Option(names = "--time", paramLabel = "HH:MM", description = "Local time in Syria (UTC+3) on that day.")
    LocalTime time;

    /** The end of the day, or the given local time on it. */
    Instant instant() {
        return Instants.of(date, time);
    }
}
