package org.sitmap.edit;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.EventType;
import org.sitmap.domain.Faction;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ReportedTime;
import org.sitmap.edit.EditProblem.Field;

/**
 * The one place that decides whether a user's change, event or locality may enter the store: the GUI forms, the
 * command line and the importers all ask it. It checks against the situation as now stored ({@code dataset}):
 * at least one complete citation, known factions that can hold ground, a date inside the dataset's range (or after
 * it when the user confirmed the extension, never after today), coordinates inside the region. Stateless after
 * construction; thread-safe.
 */
public final class EditRules {
    /** Reports further apart than this are different changes, not disagreeing claims about one. */
    static final int ALTERNATIVE_WINDOW_DAYS = 14;
    private static final Pattern PUBLISHED = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern ARABIC = Pattern.compile("[\\p{InArabic}\\s\\p{Punct}\\p{Nd}ـ]+");
    private static final Set<EventType> PLACELESS = Set.of(EventType.STATEMENT, EventType.DIPLOMATIC, EventType.OTHER);

    private final Dataset dataset;
    private final LocalDate today;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    /**
     * @param dataset the situation as now stored
     * @param today   today in Syria, the latest date any report can carry
     */
    public EditRules(Dataset dataset, LocalDate today) {
        this.dataset = dataset;
        this.today = today;
        // The dataset's own period (its status-quo day to its latest row); an empty store starts at the offensive.
        var period = dataset.period();
        this.firstDay = period.map(p -> p.first()).orElse(LocalDate.of(2024, 11, 26));
        this.lastDay = period.map(p -> p.last()).orElse(firstDay);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The first day of the dataset: nothing the user adds may be earlier. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The dataset's last day: later dates need the user's confirmation that the dataset extends. */
    public LocalDate lastDay() {
        return lastDay;
    }

    public LocalDate today() {
        return today;
    }

    /** Whether a point lies in the region the dataset covers. */
    public static boolean insideRegion(GeoPoint p) {
        return org.sitmap.io.Region.contains(p.lat(), p.lon());
    }

    /** Why {@code url} cannot be a source's address, or empty when it can. */
    public static Optional<String> urlProblem(String url) {
        if (url == null || url.isBlank()) return Optional.of("paste the address of the report, exactly as your browser shows it");
        String u = url.strip();
        String scheme = u.contains(":") ? u.substring(0, u.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(scheme.isEmpty() ? "the address must start with http:// or https://"
                    : "only http:// and https:// addresses are allowed, not '" + scheme + ":'");
        }
        if (!u.startsWith("http://") && !u.startsWith("https://")) return Optional.of("write http:// or https:// in lower case");
        try {
            URI uri = new URI(u);
            if (uri.getHost() == null || uri.getHost().isBlank()) return Optional.of("the address has no host name");
        } catch (URISyntaxException e) {
            return Optional.of("not a valid address: " + e.getReason());
        }
        return Optional.empty();
    }

    /** What keeps citation number {@code index} from being complete; empty when it is. */
    public List<EditProblem> checkCitation(CitationDraft c, int index) {
        List<EditProblem> out = new ArrayList<>();
        if (c.citesExistingSource()) {
            if (dataset.source(c.sourceId()).isEmpty()) {
                out.add(new EditProblem(Field.SOURCE, index, "no stored source has the id '" + c.sourceId() + "'"));
            }
        } else {
            if (c.outlet().isEmpty()) out.add(new EditProblem(Field.OUTLET, index, "name the outlet that published the report"));
            if (c.title().isEmpty() && !c.titleUnknown()) {
                out.add(new EditProblem(Field.TITLE, index, "give the title as published, or tick \"no title shown\""));
            }
            if (c.published().isEmpty()) {
                out.add(new EditProblem(Field.PUBLISHED, index, "give the publication date (YYYY-MM-DD, or YYYY-MM if only the month is shown)"));
            } else if (!PUBLISHED.matcher(c.published()).matches()) {
                out.add(new EditProblem(Field.PUBLISHED, index, "write the date as YYYY-MM-DD, YYYY-MM or YYYY"));
            } else if (c.published().length() == 10 && LocalDate.parse(c.published(), java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
                    .withResolverStyle(java.time.format.ResolverStyle.LENIENT)).isAfter(today)) {
                out.add(new EditProblem(Field.PUBLISHED, index, "the publication date lies in the future"));
            }
            urlProblem(c.url()).ifPresent(m -> out.add(new EditProblem(Field.URL, index, m)));
            if (out.stream().noneMatch(p -> p.field() == Field.URL)) {
                dataset.sources().stream().filter(s -> s.url().equals(c.url())).findFirst().ifPresent(s -> out.add(
                        new EditProblem(Field.URL, index, "this address is already source " + s.id() + " (" + s.outlet()
                                + "): pick it as an existing source")));
            }
        }
        if (c.excerpt().isEmpty()) out.add(new EditProblem(Field.EXCERPT, index, "quote the words of the report that support this"));
        return out;
    }

    private void checkCitations(List<CitationDraft> citations, List<EditProblem> out) {
        if (citations.isEmpty()) out.add(EditProblem.of(Field.CITATIONS, "add at least one source"));
        for (int i = 0; i < citations.size(); i++) out.addAll(checkCitation(citations.get(i), i));
    }

    private void checkDate(LocalDate date, boolean extendRange, List<EditProblem> out) {
        if (date == null) {
            out.add(EditProblem.of(Field.DATE, "give the date"));
        } else if (date.isBefore(firstDay)) {
            out.add(EditProblem.of(Field.DATE, "the dataset starts on " + firstDay + "; earlier dates are not recorded"));
        } else if (date.isAfter(today)) {
            out.add(EditProblem.of(Field.DATE, "the date lies in the future"));
        } else if (date.isAfter(lastDay) && !extendRange) {
            out.add(EditProblem.of(Field.DATE, "the dataset ends on " + lastDay + "; confirm that you are extending it"));
        }
    }

    private void checkHolder(String faction, Field field, List<EditProblem> out) {
        if (faction == null || faction.isBlank()) {
            out.add(EditProblem.of(field, "choose a faction"));
            return;
        }
        Optional<Faction> f = dataset.faction(faction);
        if (f.isEmpty()) out.add(EditProblem.of(field, "unknown faction '" + faction + "'"));
        else if (!f.get().holdsGround()) out.add(EditProblem.of(field, f.get().name() + " does not hold ground on this map"));
    }

    /** Everything that keeps {@code d} from being saved; empty when it can be. */
    public List<EditProblem> checkChange(ChangeDraft d) {
        List<EditProblem> out = new ArrayList<>();
        if (d.localityId() == null || d.localityId().isBlank()) out.add(EditProblem.of(Field.PLACE, "choose the place"));
        else if (dataset.locality(d.localityId()).isEmpty()) out.add(EditProblem.of(Field.PLACE, "unknown place '" + d.localityId() + "'"));
        checkDate(d.date(), d.extendRange(), out);
        if (d.kind() == ChangeKind.STATUS_QUO) {
            checkStatusQuo(d, out);
            checkCitations(d.citations(), out);
            return out;
        }
        checkHolder(d.to(), Field.TO, out);
        String from = resolvedFrom(d);
        if (from != null) {
            checkHolder(from, Field.FROM, out);
            if (from.equals(d.to())) out.add(EditProblem.of(Field.TO, "the new holder is the one holding it already"));
        } else if (d.localityId() != null && dataset.locality(d.localityId()).isPresent() && d.date() != null) {
            out.add(EditProblem.of(Field.FROM, "no holder is known before this date; say who held it"));
        }
        checkCitations(d.citations(), out);
        return out;
    }

    /**
     * A status quo is recorded only for a place that has none (one the user added), dated on the dataset's
     * status-quo day, with its holder and no previous one.
     */
    private void checkStatusQuo(ChangeDraft d, List<EditProblem> out) {
        boolean has = d.localityId() != null && dataset.changes().stream()
                .anyMatch(c -> c.used() && c.kind() == ChangeKind.STATUS_QUO && c.localityId().equals(d.localityId()));
        if (has) out.add(EditProblem.of(Field.KIND, "this place has its status quo already; record a change"));
        if (d.date() == null || !d.date().equals(firstDay)) {
            out.add(EditProblem.of(Field.DATE, "a status quo describes " + firstDay));
        }
        if (d.from() != null && !d.from().isBlank()) out.add(EditProblem.of(Field.FROM, "a status quo has no previous holder"));
        checkHolder(d.to(), Field.TO, out);
    }

    /** The holder before the change: as given, else who held the place just before the draft's date. */
    public String resolvedFrom(ChangeDraft d) {
        if (d.kind() == ChangeKind.STATUS_QUO) return null;
        if (d.from() != null && !d.from().isBlank()) return d.from();
        if (d.localityId() == null || d.date() == null) return null;
        String holder = null;
        var before = new ReportedTime(d.date(), d.time(), d.precision()).instant();
        for (ControlChange c : dataset.changes()) { // time order
            if (!c.used() || !c.localityId().equals(d.localityId()) || !c.when().instant().isBefore(before)) continue;
            // Another report of this same capture, dated differently, is an alternative, not the previous step.
            boolean sameCapture = c.kind() != ChangeKind.STATUS_QUO && c.to().equals(d.to())
                    && Math.abs(ChronoUnit.DAYS.between(c.when().date(), d.date())) <= ALTERNATIVE_WINDOW_DAYS;
            if (sameCapture) continue;
            holder = c.kind() == ChangeKind.CONTESTED ? c.from() : c.to();
        }
        return holder;
    }

    /**
     * The stored changes the draft disagrees with: same place and same day with another holder, or the same
     * capture (same from and to) dated differently within {@value #ALTERNATIVE_WINDOW_DAYS} days. Only claims the
     * map uses count; {@code ignoreId} (the row being edited or corrected) is left out.
     */
    public List<ControlChange> alternativesTo(ChangeDraft d, String ignoreId) {
        if (d.localityId() == null || d.date() == null || d.to() == null) return List.of();
        String from = resolvedFrom(d);
        List<ControlChange> out = new ArrayList<>();
        for (ControlChange c : dataset.changes()) {
            if (!c.used() || c.kind() == ChangeKind.STATUS_QUO || !c.localityId().equals(d.localityId())) continue;
            if (c.id().equals(ignoreId)) continue;
            long days = Math.abs(ChronoUnit.DAYS.between(c.when().date(), d.date()));
            boolean sameDayOtherHolder = days == 0 && !c.to().equals(d.to());
            boolean sameCaptureOtherDay = days > 0 && days <= ALTERNATIVE_WINDOW_DAYS && c.to().equals(d.to())
                    && java.util.Objects.equals(c.from(), from);
            if (sameDayOtherHolder || sameCaptureOtherDay) out.add(c);
        }
        return out;
    }

    /** Everything that keeps the event {@code d} from being saved; empty when it can be. */
    public List<EditProblem> checkEvent(EventDraft d) {
        List<EditProblem> out = new ArrayList<>();
        checkDate(d.date(), d.extendRange(), out);
        if (d.title().isEmpty()) out.add(EditProblem.of(Field.EVENT_TITLE, "give the event a short title"));
        if (d.localityId() != null) {
            if (dataset.locality(d.localityId()).isEmpty()) out.add(EditProblem.of(Field.PLACE, "unknown place '" + d.localityId() + "'"));
        } else if (d.point() != null) {
            if (!insideRegion(d.point())) out.add(EditProblem.of(Field.POSITION, "the position lies outside the mapped region"));
        } else if (!PLACELESS.contains(d.type())) {
            out.add(EditProblem.of(Field.PLACE, "choose a place or click the map"));
        }
        for (String a : d.actors()) {
            if (dataset.faction(a).isEmpty()) out.add(EditProblem.of(Field.ACTORS, "unknown actor '" + a + "'"));
        }
        if (d.fatalities() != null && d.fatalities() < 0) out.add(EditProblem.of(Field.EVENT_TITLE, "fatalities cannot be negative"));
        checkCitations(d.citations(), out);
        return out;
    }

    /** Everything that keeps the locality {@code d} from being saved; empty when it can be. */
    public List<EditProblem> checkLocality(LocalityDraft d) {
        List<EditProblem> out = new ArrayList<>();
        if (d.nameEn().isEmpty()) out.add(EditProblem.of(Field.NAME_EN, "give the English (transliterated) name"));
        if (!d.nameAr().isEmpty() && !ARABIC.matcher(d.nameAr()).matches()) {
            out.add(EditProblem.of(Field.NAME_AR, "write the Arabic name in Arabic script, or leave it empty"));
        }
        if (d.point() == null) out.add(EditProblem.of(Field.POSITION, "click the map where the place is"));
        else if (!insideRegion(d.point())) out.add(EditProblem.of(Field.POSITION, "the position lies outside the mapped region"));
        switch (d.coordSource()) {
            case GEONAMES -> {
                if (d.geonamesId() == null || d.geonamesId() <= 0) out.add(EditProblem.of(Field.COORD_REF, "give the GeoNames id"));
            }
            case PAGE -> urlProblem(d.coordRef()).ifPresent(m -> out.add(EditProblem.of(Field.COORD_REF, m)));
            case APPROXIMATE -> {
                if (!(d.coordErrorKm() > 0)) out.add(EditProblem.of(Field.COORD_ERROR, "estimate the error in km"));
                if (d.coordRef().isEmpty()) out.add(EditProblem.of(Field.COORD_REF, "say what the estimate is based on"));
            }
        }
        if (d.population() != null && d.population() < 0) out.add(EditProblem.of(Field.POPULATION, "population cannot be negative"));
        if (d.coordSource() != CoordinateSource.GEONAMES && d.geonamesId() != null && d.geonamesId() <= 0) {
            out.add(EditProblem.of(Field.COORD_REF, "GeoNames ids are positive"));
        }
        return out;
    }
}
