package org.sitmap.ui.details;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.Event;
import org.sitmap.geo.PointDetails;
import org.sitmap.geo.ZoneStatus;
import org.sitmap.ui.common.DirectionalText;
import org.sitmap.ui.common.FactionPalette;
import org.sitmap.ui.common.UiDates;
import org.sitmap.ui.common.Links;
import org.sitmap.ui.common.SituationViewModel;
import org.sitmap.ui.common.EventIcons;

/** The details panel: renders what {@link DetailsViewModel} says about the selection. Holds no logic of its own. */
public final class DetailsPane extends VBox {
    public static final String STYLE_CLASS = "details-pane", SOURCE_LINK = "source-link";
    private static final int MAX_ZONE_CHANGES = 12;
    private final VBox body = new VBox();
    private final ScrollPane scroll = new ScrollPane(body);
    private final SituationViewModel situation;
    private final Links links;
    private final Runnable compare;
    private final java.util.function.Supplier<LocalDate[]> period;
    private Actions actions = Actions.NONE;
    private Details shown;

    /** Controls another feature (editing) adds to the panel; the panel itself knows nothing of what they do. */
    public interface Actions {
        Actions NONE = new Actions() { };

        /** Shown under a control change. */
        default List<Node> forChange(org.sitmap.domain.ControlChange change) {
            return List.of();
        }

        /** Shown under an event. */
        default List<Node> forEvent(Event event) {
            return List.of();
        }

        /** Shown with a locality's details. */
        default List<Node> forPlace(org.sitmap.domain.Locality place) {
            return List.of();
        }

        /** Shown with a clicked point; {@code deciding} is the locality that decides it, or null. */
        default List<Node> forPoint(org.sitmap.domain.GeoPoint point, org.sitmap.domain.Locality deciding) {
            return List.of();
        }
    }

    /** Installs the extra controls and redraws the panel with them. */
    public void setActions(Actions actions) {
        this.actions = actions;
        refresh();
    }

    /** Redraws the current details (after what the extra controls show has changed). */
    public void refresh() {
        show(shown);
    }

    /**
     * @param period  the timeline's first and last days, for the history strips
     * @param compare opens "Compare with…"
     */
    public DetailsPane(DetailsViewModel vm, SituationViewModel situation, Links links,
                       java.util.function.Supplier<LocalDate[]> period, Runnable compare) {
        this.situation = situation;
        this.period = period;
        this.links = links;
        this.compare = compare;
        getStyleClass().add(STYLE_CLASS);
        setId("detailsPane");
        Label title = new Label("Details");
        title.getStyleClass().add("title-4");
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setTooltip(new Tooltip("Clear the selection (Esc)"));
        close.setOnAction(e -> situation.clearSelection());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(title, gap, close);
        head.setAlignment(Pos.CENTER_LEFT);
        body.getStyleClass().add("details-body");
        scroll.setId("detailsScroll");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(head, scroll);
        vm.detailsProperty().addListener((o, a, b) -> show(b));
        show(vm.detailsProperty().get());
    }

    /** Shows new details from the top: a new selection never opens where the previous one was scrolled to. */
    private void show(Details d) {
        shown = d;
        body.getChildren().clear();
        scroll.setVvalue(0);
        if (d == null) {
            body.getChildren().add(muted("Click the map, a place or an event to see who held it and on whose word."));
        } else if (d instanceof Details.Point p) {
            showPoint(p);
        } else if (d instanceof Details.Incident i) {
            showEvent(i);
        } else if (d instanceof Details.Place p) {
            showPlace(p);
        } else if (d instanceof Details.Unavailable u) {
            body.getChildren().add(muted(u.message()));
        }
    }

    private void showPoint(Details.Point p) {
        PointDetails pd = p.details();
        FactionPalette palette = situation.paletteProperty().get();
        if (pd == null) {
            body.getChildren().add(muted(situation.zoneEngineProperty().get() == null ? "Zones are still being computed."
                    : "This point lies outside the mapped area (Syria north of 34.6° N)."));
            return;
        }
        if (pd.faction() == null || pd.zone().status() == ZoneStatus.NO_DATA) {
            body.getChildren().addAll(header(palette, null, "No data"),
                    muted("No sourced locality is near enough to say who holds this area; Sitmap does not extrapolate."));
            body.getChildren().addAll(actions.forPoint(p.point(), pd.decidingLocality()));
            return;
        }
        body.getChildren().add(header(palette, pd.faction(), pd.faction() + " · " + palette.name(pd.faction())));
        body.getChildren().addAll(actions.forPoint(p.point(), pd.decidingLocality()));
        if (pd.contestedBy() != null) body.getChildren().add(text("Contested: " + palette.name(pd.contestedBy()) + " attacking"));
        if (pd.since() != null) body.getChildren().add(text(heldSince(pd.since())));
        if (pd.decidingLocality() != null) {
            body.getChildren().add(text("Decided by " + pd.decidingLocality().nameEn()
                    + (pd.decidingLocality().nameAr().isEmpty() ? "" : " (" + pd.decidingLocality().nameAr() + ")")
                    + ", " + pd.decidingLocality().kind().name().toLowerCase(Locale.ROOT)));
        }
        body.getChildren().add(text(String.format(Locale.ROOT, "Zone: %,.0f km²%s", pd.zone().areaKm2(),
                pd.zonePopulation() == null ? "" : String.format(Locale.ROOT, " · known population %,d", pd.zonePopulation()))));
        Button cmp = new Button("Compare with…", new FontIcon("mdi2c-compare"));
        cmp.setId("compareButton");
        cmp.setOnAction(e -> compare.run());
        body.getChildren().add(cmp);
        if (pd.decidingLocality() != null) {
            body.getChildren().add(section("Control history of " + pd.decidingLocality().nameEn()));
            body.getChildren().add(strip(pd.localityHistory()));
            p.localityHistory().forEach(r -> body.getChildren().add(change(r, false)));
        }
        body.getChildren().add(section("Changes behind this zone, newest first"));
        List<ChangeRow> rows = p.zoneChanges();
        rows.stream().limit(MAX_ZONE_CHANGES).forEach(r -> body.getChildren().add(change(r, true)));
        if (rows.size() > MAX_ZONE_CHANGES) body.getChildren().add(muted("… and " + (rows.size() - MAX_ZONE_CHANGES) + " earlier changes."));
    }

    private void showEvent(Details.Incident i) {
        Event e = i.event();
        FontIcon icon = new FontIcon(EventIcons.of(e.type()));
        Label title = new Label(e.title(), icon);
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        body.getChildren().addAll(title, text(e.when() + " · " + EventIcons.label(e.type())
                + (i.place().isEmpty() ? "" : " · " + i.place()) + " · " + e.confidence().name().toLowerCase(Locale.ROOT) + " confidence"));
        if (!e.summary().isEmpty()) body.getChildren().add(text(e.summary()));
        if (!e.actors().isEmpty()) {
            FactionPalette palette = situation.paletteProperty().get();
            body.getChildren().add(text("Actors: " + String.join(", ", e.actors().stream().map(a -> a + " (" + palette.name(a) + ")").toList())));
        }
        if (e.fatalities() != null) body.getChildren().add(text("Reported fatalities: " + e.fatalities()));
        body.getChildren().add(section("Sources"));
        i.sources().forEach(s -> body.getChildren().add(source(s)));
        body.getChildren().addAll(actions.forEvent(e));
    }

    private void showPlace(Details.Place p) {
        FactionPalette palette = situation.paletteProperty().get();
        ControlState s = p.state();
        String name = p.locality().nameEn() + (p.locality().nameAr().isEmpty() ? "" : " · " + p.locality().nameAr());
        body.getChildren().add(header(palette, s == null ? null : s.holder(), name));
        body.getChildren().add(text(s == null ? "No sourced control at this date." : "Held by " + s.holder() + " · "
                + palette.name(s.holder()) + (s.contested() ? " (contested by " + s.contestedBy() + ")" : "")));
        body.getChildren().add(text(p.locality().kind().name().toLowerCase(Locale.ROOT) + ", " + p.locality().governorate()
                + " governorate" + (p.locality().population() == null ? "" : String.format(Locale.ROOT, " · population %,d", p.locality().population()))));
        body.getChildren().addAll(actions.forPlace(p.locality()));
        body.getChildren().add(section("Control history"));
        body.getChildren().add(strip(p.history().stream().map(ChangeRow::change).toList()));
        p.history().forEach(r -> body.getChildren().add(change(r, false)));
        if (s != null) s.successions().forEach(x -> body.getChildren().add(succession(x)));
    }

    /** A faction succession the holding passed through: holdings changed hands without fighting. */
    private Node succession(org.sitmap.domain.Succession x) {
        VBox box = new VBox(text(x.when() + " · succession: " + x.from() + " → " + x.to() + " ("
                + x.kind().name().toLowerCase(Locale.ROOT) + ")"));
        box.getStyleClass().add("details-change");
        box.setId("details-succession-" + x.id());
        if (!x.note().isEmpty()) box.getChildren().add(muted(x.note()));
        SourceLink.of(situation.datasetProperty().get(), x.citations()).forEach(l -> box.getChildren().add(source(l)));
        return box;
    }

    private Node strip(List<org.sitmap.domain.ControlChange> history) {
        LocalDate[] days = period.get();
        return new HolderStrip(history, days[0], days[1], situation.instantProperty().get(), situation.paletteProperty().get());
    }

    private Node header(FactionPalette palette, String faction, String text) {
        Region chip = new Region();
        chip.getStyleClass().add("legend-swatch");
        if (faction != null) chip.setStyle("-fx-background-color: " + FactionPalette.web(palette.color(faction)) + ";");
        else chip.getStyleClass().add("no-data");
        Label l = new Label(text, chip);
        l.setId("detailsHeader");
        l.getStyleClass().add("details-title");
        l.setWrapText(true);
        return l;
    }

    /** A change with its sources; {@code named}: start with the place's name (rows of several places). */
    private Node change(ChangeRow r, boolean named) {
        VBox box = new VBox(text((named ? r.place() + " · " : "") + r.summary()));
        box.getStyleClass().add("details-change");
        if (!r.change().note().isEmpty()) box.getChildren().add(muted(r.change().note()));
        if (!r.change().used()) box.getChildren().add(muted("Alternative claim, not used by the map."));
        r.sources().forEach(s -> box.getChildren().add(source(s)));
        box.getChildren().addAll(actions.forChange(r.change()));
        return box;
    }

    private Node source(SourceLink s) {
        Hyperlink link = new Hyperlink(s.caption());
        link.getStyleClass().add(SOURCE_LINK);
        link.setWrapText(true);
        link.setTooltip(new Tooltip(s.url()));
        link.setOnAction(e -> links.open(s.url()));
        if (s.excerpt().isEmpty()) return link;
        Label quote = new Label("“" + s.excerpt() + "”");
        quote.getStyleClass().add("source-excerpt");
        quote.setWrapText(true);
        if (DirectionalText.readsRightToLeft(s.excerpt())) { // Arabic reads from the right: align it there
            quote.setMaxWidth(Double.MAX_VALUE);
            quote.setTextAlignment(TextAlignment.RIGHT);
            quote.setAlignment(Pos.TOP_RIGHT);
        }
        return new VBox(link, quote);
    }

    private static Label section(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("details-section");
        return l;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String s) {
        Label l = text(s);
        l.getStyleClass().add("text-muted");
        return l;
    }

    /**
     * "Held since 30 Nov 2024"; a holding known only from the status quo began before the data does, so it reads
     * "since at least" the status quo's day.
     */
    private String heldSince(Instant since) {
        var period = situation.datasetProperty().get() == null ? null : situation.datasetProperty().get().period().orElse(null);
        boolean statusQuo = period != null && !org.sitmap.domain.ReportedTime.localDate(since).isAfter(period.first());
        return (statusQuo ? "Held since at least " : "Held since ") + day(since);
    }

    private static String day(Instant t) {
        return UiDates.day(t);
    }
}
