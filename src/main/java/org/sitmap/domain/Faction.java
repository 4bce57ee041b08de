package org.sitmap.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A party that can hold ground (GOV, HTS, SNA, SDF, ISIS) or act in events (RUS, IRN, ...).
 *
 * <p>A faction may exist on the map for a period only: the Assad government until its collapse, HTS until it was
 * folded into the transitional government's army. Dates follow the dataset's convention: a bare date stands for the
 * end of that day in Syria's time, so {@code validUntil} 2024-12-08 means the faction is gone from 23:59:59 on
 * 8 December, the instant its {@link Succession} passes its places on.
 *
 * @param id          short upper-case code, e.g. {@code HTS}
 * @param name        English name
 * @param nameAr      Arabic name, may be empty
 * @param color       fill colour as {@code #RRGGBB}
 * @param holdsGround true when the faction can control localities (and so gets a zone colour)
 * @param members     member groups, e.g. the Military Operations Command's components
 * @param description one-line description
 * @param validFrom   first day it exists on the map (from the end of that day), or null when it always did
 * @param validUntil  last day it exists on the map (until the end of that day), or null when it still does
 */
public record Faction(String id, String name, String nameAr, String color, boolean holdsGround,
                      List<String> members, String description, LocalDate validFrom, LocalDate validUntil) {
    public Faction {
        Ids.requireCode(id, "faction id");
        Objects.requireNonNull(name, "name");
        nameAr = nameAr == null ? "" : nameAr;
        if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("faction " + id + ": colour must be #RRGGBB, was " + color);
        }
        members = List.copyOf(members);
        description = description == null ? "" : description;
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("faction " + id + ": valid until " + validUntil + " before " + validFrom);
        }
    }

    /** A faction without a period of validity: it exists for the whole timeline. */
    public Faction(String id, String name, String nameAr, String color, boolean holdsGround, List<String> members,
                   String description) {
        this(id, name, nameAr, color, holdsGround, members, description, null, null);
    }

    /** Whether the faction exists on the map at {@code at}. */
    public boolean validAt(Instant at) {
        return (validFrom == null || !at.isBefore(ReportedTime.endOfDay(validFrom)))
                && (validUntil == null || at.isBefore(ReportedTime.endOfDay(validUntil)));
    }
}
