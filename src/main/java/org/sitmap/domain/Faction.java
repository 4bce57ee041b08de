package org.sitmap.domain;

import java.util.List;
import java.util.Objects;

/**
 * A party that can hold ground (GOV, HTS, SNA, SDF, ISIS) or act in events (RUS, IRN, ...).
 *
 * @param id          short upper-case code, e.g. {@code HTS}
 * @param name        English name
 * @param nameAr      Arabic name, may be empty
 * @param color       fill colour as {@code #RRGGBB}
 * @param holdsGround true when the faction can control localities (and so gets a zone colour)
 * @param members     member groups, e.g. the Military Operations Command's components
 * @param description one-line description
 */
public record Faction(String id, String name, String nameAr, String color, boolean holdsGround,
                      List<String> members, String description) {
    public Faction {
        Ids.requireCode(id, "faction id");
        Objects.requireNonNull(name, "name");
        nameAr = nameAr == null ? "" : nameAr;
        if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("faction " + id + ": colour must be #RRGGBB, was " + color);
        }
        members = List.copyOf(members);
        description = description == null ? "" : description;
    }
}
