package org.sitmap.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.RowKind;
import org.sitmap.domain.Source;
import org.sitmap.domain.UserRow;

/** A user row as one JSON object, for the before/after columns of the edit history. Stateless, thread-safe. */
final class RowCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RowCodec() {
    }

    static String write(UserRow row) {
        if (row == null) return null;
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", row.kind().name());
        n.put("overrides", row.overrides());
        n.put("retracted", row.retracted());
        ObjectNode v = n.putObject("value");
        switch (row.kind()) {
            case LOCALITY -> {
                Locality l = row.as(Locality.class);
                v.put("id", l.id()).put("name_en", l.nameEn()).put("name_ar", l.nameAr()).put("kind", l.kind().name())
                        .put("governorate", l.governorate()).put("lat", l.point().lat()).put("lon", l.point().lon())
                        .put("coord_source", l.coordSource().name()).put("coord_ref", l.coordRef())
                        .put("coord_error_km", l.coordErrorKm()).put("geonames_id", l.geonamesId()).put("population", l.population());
            }
            case SOURCE -> {
                Source s = row.as(Source.class);
                v.put("id", s.id()).put("outlet", s.outlet()).put("title", s.title()).put("published", s.published())
                        .put("url", s.url()).put("language", s.language()).put("seen_on", s.seenOn());
            }
            case CHANGE -> {
                ControlChange c = row.as(ControlChange.class);
                v.put("id", c.id()).put("locality", c.localityId());
                time(v, c.when());
                v.put("from", c.from()).put("to", c.to()).put("kind", c.kind().name()).put("confidence", c.confidence().name())
                        .put("used", c.used()).put("note", c.note());
                citations(v, c.citations());
            }
            case EVENT -> {
                Event e = row.as(Event.class);
                v.put("id", e.id());
                time(v, e.when());
                v.put("type", e.type().name()).put("locality", e.localityId());
                if (e.point() != null) v.put("lat", e.point().lat()).put("lon", e.point().lon());
                ArrayNode actors = v.putArray("actors");
                e.actors().forEach(actors::add);
                v.put("title", e.title()).put("summary", e.summary()).put("fatalities", e.fatalities())
                        .put("confidence", e.confidence().name());
                citations(v, e.citations());
            }
        }
        return n.toString();
    }

    static UserRow read(String text) {
        if (text == null) return null;
        try {
            JsonNode n = JSON.readTree(text);
            JsonNode v = n.get("value");
            Object value = switch (RowKind.valueOf(n.get("kind").asText())) {
                case LOCALITY -> new Locality(v.get("id").asText(), v.get("name_en").asText(), v.get("name_ar").asText(),
                        LocalityKind.valueOf(v.get("kind").asText()), v.get("governorate").asText(),
                        new GeoPoint(v.get("lat").asDouble(), v.get("lon").asDouble()),
                        CoordinateSource.valueOf(v.get("coord_source").asText()), v.get("coord_ref").asText(),
                        v.get("coord_error_km").asDouble(), longOrNull(v, "geonames_id"), longOrNull(v, "population"));
                case SOURCE -> new Source(v.get("id").asText(), v.get("outlet").asText(), v.get("title").asText(),
                        v.get("published").asText(), v.get("url").asText(), v.get("language").asText(), v.get("seen_on").asText());
                case CHANGE -> new ControlChange(v.get("id").asText(), v.get("locality").asText(), time(v),
                        textOrNull(v, "from"), v.get("to").asText(), ChangeKind.valueOf(v.get("kind").asText()),
                        Confidence.valueOf(v.get("confidence").asText()), v.get("used").asBoolean(), v.get("note").asText(),
                        citations(v));
                case EVENT -> {
                    List<String> actors = new ArrayList<>();
                    v.path("actors").forEach(a -> actors.add(a.asText()));
                    GeoPoint point = v.hasNonNull("lat") ? new GeoPoint(v.get("lat").asDouble(), v.get("lon").asDouble()) : null;
                    Long fatalities = longOrNull(v, "fatalities");
                    yield new Event(v.get("id").asText(), time(v), EventType.valueOf(v.get("type").asText()),
                            textOrNull(v, "locality"), point, actors, v.get("title").asText(), v.get("summary").asText(),
                            fatalities == null ? null : fatalities.intValue(), Confidence.valueOf(v.get("confidence").asText()),
                            citations(v));
                }
            };
            return new UserRow(value, n.get("overrides").asText(), n.get("retracted").asText());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable edit history entry: " + e.getMessage(), e);
        }
    }

    private static void time(ObjectNode v, ReportedTime t) {
        v.put("date", t.date().toString()).put("time", t.time() == null ? null : t.time().toString())
                .put("precision", t.precision().name());
    }

    private static ReportedTime time(JsonNode v) {
        String t = textOrNull(v, "time");
        return new ReportedTime(LocalDate.parse(v.get("date").asText()), t == null ? null : LocalTime.parse(t),
                Precision.valueOf(v.get("precision").asText()));
    }

    private static void citations(ObjectNode v, List<Citation> cs) {
        ArrayNode a = v.putArray("citations");
        cs.forEach(c -> a.addObject().put("source", c.sourceId()).put("excerpt", c.excerpt()));
    }

    private static List<Citation> citations(JsonNode v) {
        List<Citation> out = new ArrayList<>();
        v.path("citations").forEach(c -> out.add(new Citation(c.get("source").asText(), c.get("excerpt").asText())));
        return out;
    }

    private static String textOrNull(JsonNode v, String field) {
        return v.hasNonNull(field) ? v.get(field).asText() : null;
    }

    private static Long longOrNull(JsonNode v, String field) {
        return v.hasNonNull(field) ? v.get(field).asLong() : null;
    }
}
