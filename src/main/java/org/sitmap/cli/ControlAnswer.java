package org.sitmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Source;
import org.sitmap.domain.Succession;
import org.sitmap.geo.PointDetails;
import org.sitmap.geo.ZoneEngine;

/**
 * {@code control-at}'s answer for one point: as JSON ({@code date, lat, lon, status, faction, contested_by, since,
 * locality, sources, successions}) and as one line of text. {@code successions} lists the faction successions the
 * holding passed through since {@code since} (HTS folded into the transitional government's army), with their sources.
 */
final class ControlAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ControlAnswer() {
    }

    /** The answer for one point as a JSON object (also the source of the text form). */
    static ObjectNode answer(ZoneEngine engine, Dataset d, Instant at, GeoPoint p, Integer line) {
        ObjectNode o = JSON.createObjectNode();
        if (line != null) o.put("line", line);
        o.put("date", Instants.format(at)).put("lat", p.lat()).put("lon", p.lon());
        lastReported(d).filter(at::isAfter).ifPresent(last -> o.put("note", "the data ends on "
                + Instants.format(last).substring(0, 10) + ": this is the situation as last reported, not news of that day"));
        Optional<PointDetails> found = engine.detailsAt(at, p);
        if (found.isEmpty()) {
            o.put("status", "outside").putNull("faction").putNull("since").putNull("locality");
            o.putArray("sources");
            return o;
        }
        PointDetails pd = found.get();
        o.put("status", pd.zone().status().name().toLowerCase(Locale.ROOT));
        o.put("faction", pd.faction());
        if (pd.contestedBy() != null) o.put("contested_by", pd.contestedBy());
        o.put("since", Instants.format(pd.since()));
        if (pd.decidingLocality() == null) {
            o.putNull("locality");
        } else {
            ObjectNode l = o.putObject("locality");
            l.put("id", pd.decidingLocality().id()).put("name", pd.decidingLocality().nameEn())
                    .put("name_ar", pd.decidingLocality().nameAr())
                    .put("kind", pd.decidingLocality().kind().name().toLowerCase(Locale.ROOT))
                    .put("distance_km", Math.round(pd.decidingLocality().point().distanceKm(p) * 100) / 100.0);
        }
        ArrayNode sources = o.putArray("sources");
        for (Source s : sources(d, pd)) {
            sources.addObject().put("outlet", s.outlet()).put("title", s.title()).put("date", s.published())
                    .put("url", s.url());
        }
        ArrayNode successions = o.putArray("successions");
        List<Succession> via = pd.decidingLocality() == null ? List.of()
                : new ControlTimeline(d).stateAt(pd.decidingLocality().id(), at).map(ControlState::successions).orElse(List.of());
        for (Succession s : via) {
            ObjectNode n = successions.addObject().put("id", s.id()).put("from", s.from()).put("to", s.to())
                    .put("date", s.when().toString()).put("kind", s.kind().name().toLowerCase(Locale.ROOT));
            ArrayNode ss = n.putArray("sources");
            for (Citation c : s.citations()) {
                d.source(c.sourceId()).ifPresent(src -> ss.addObject().put("outlet", src.outlet()).put("title", src.title())
                        .put("date", src.published()).put("url", src.url()));
            }
        }
        return o;
    }

    /** The end of the last day any change or event of the dataset reports. */
    private static Optional<Instant> lastReported(Dataset d) {
        Optional<Instant> change = d.changes().isEmpty() ? Optional.empty()
                : Optional.of(d.changes().get(d.changes().size() - 1).when().instant());
        Optional<Instant> event = d.events().isEmpty() ? Optional.empty()
                : Optional.of(d.events().get(d.events().size() - 1).when().instant());
        return java.util.stream.Stream.of(change, event).flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** Sources of the deciding locality's changes from {@code since} up to the instant asked: the current state's. */
    private static List<Source> sources(Dataset d, PointDetails pd) {
        Map<String, Source> out = new LinkedHashMap<>();
        if (pd.since() == null) return List.of();
        for (ControlChange c : pd.localityHistory()) {
            Instant when = c.when().instant();
            if (when.isBefore(pd.since()) || when.isAfter(pd.at())) continue;
            for (Citation cit : c.citations()) d.source(cit.sourceId()).ifPresent(s -> out.putIfAbsent(s.id(), s));
        }
        return List.copyOf(out.values());
    }

    /** One line of text for an answer. */
    static String text(ObjectNode o) {
        StringBuilder b = new StringBuilder();
        if (o.has("line")) b.append("line ").append(o.get("line").asInt()).append(": ");
        b.append(o.get("date").asText()).append(String.format(Locale.ROOT, " %.5f,%.5f  ", o.get("lat").asDouble(), o.get("lon").asDouble()));
        switch (o.get("status").asText()) {
            case "outside" -> b.append("outside the mapped area (Syria north of 34.6° N)");
            case "no_data" -> b.append("no data: no sourced locality near enough");
            default -> {
                b.append(o.get("faction").asText());
                if (o.has("contested_by")) b.append(" (contested by ").append(o.get("contested_by").asText()).append(')');
                b.append(" since ").append(o.get("since").asText());
                var l = o.get("locality");
                b.append("  decided by ").append(l.get("name").asText()).append(" (").append(l.get("id").asText())
                        .append(", ").append(l.get("kind").asText()).append(String.format(Locale.ROOT, ", %.1f km)", l.get("distance_km").asDouble()));
                List<String> srcs = new ArrayList<>();
                o.get("sources").forEach(s -> srcs.add(s.get("outlet").asText()
                        + (s.get("date").asText().isEmpty() ? "" : " " + s.get("date").asText()) + " " + s.get("url").asText()));
                if (!srcs.isEmpty()) b.append("  sources: ").append(String.join("; ", srcs));
                o.path("successions").forEach(x -> {
                    List<String> ss = new ArrayList<>();
                    x.get("sources").forEach(s -> ss.add(s.get("outlet").asText() + " " + s.get("url").asText()));
                    b.append("  succession: ").append(x.get("from").asText()).append(" -> ").append(x.get("to").asText())
                            .append(' ').append(x.get("date").asText()).append(" (").append(x.get("kind").asText()).append(')')
                            .append(ss.isEmpty() ? "" : ", sources: " + String.join("; ", ss));
                });
            }
        }
        if (o.has("note")) b.append("  (").append(o.get("note").asText()).append(')');
        return b.toString();
    }
}
