package org.sitmap.ui.interop;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.ProposedChange;
import org.sitmap.interop.ProposalReview;
import org.sitmap.store.SituationService;
import org.sitmap.store.SituationStore;
import org.sitmap.task.TaskRunner;
import org.sitmap.ui.common.SituationViewModel;

/**
 * The review list of proposed control changes (from imports, or the user's drafts): each with its place, date,
 * holders and sources; Accept puts it on the map as the user's control change, Reject keeps it with a reason.
 * Store work runs through the task runner; the map reloads after each decision.
 */
public final class ProposalsDialog {
    public static final String LIST_ID = "proposalList", ACCEPT_ID = "acceptProposal", REJECT_ID = "rejectProposal";

    private final Stage owner;
    private final TaskRunner tasks;
    private final SituationService situations;
    private final SituationViewModel situation;
    private final ListView<ProposedChange> list = new ListView<>();

    public ProposalsDialog(Stage owner, TaskRunner tasks, SituationService situations, SituationViewModel situation) {
        this.owner = owner;
        this.tasks = tasks;
        this.situations = situations;
        this.situation = situation;
    }

    public void show() {
        list.setId(LIST_ID);
        list.setPrefSize(720, 420);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ProposedChange p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : describe(p, situation.datasetProperty().get()));
                setWrapText(true);
            }
        });
        Button accept = new Button("Accept onto the map");
        accept.setId(ACCEPT_ID);
        Button reject = new Button("Reject…");
        reject.setId(REJECT_ID);
        accept.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        accept.setOnAction(e -> decide(list.getSelectionModel().getSelectedItem(), null));
        reject.setOnAction(e -> {
            ProposedChange p = list.getSelectionModel().getSelectedItem();
            TextInputDialog reason = new TextInputDialog();
            reason.initOwner(owner);
            reason.setHeaderText("Why is " + p.id() + " rejected? (kept with it)");
            reason.showAndWait().filter(r -> !r.isBlank()).ifPresent(r -> decide(p, r));
        });
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Proposed control changes");
        dialog.getDialogPane().setContent(new VBox(8, list, new HBox(8, accept, reject)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
        refresh();
    }

    static String describe(ProposedChange p, Dataset d) {
        String place = p.localityId() != null && d != null
                ? d.locality(p.localityId()).map(l -> l.nameEn()).orElse(p.placeName()) : p.placeName() + " (new place)";
        StringBuilder b = new StringBuilder().append(p.when()).append("  ").append(place).append(": ")
                .append(p.from() == null ? "?" : p.from()).append(" → ").append(p.to()).append("  [")
                .append(p.status().name().toLowerCase(Locale.ROOT)).append(p.reason().isEmpty() ? "" : ": " + p.reason())
                .append("]\n").append(p.proposedBy());
        for (var c : p.citations()) {
            String outlet = d == null ? c.sourceId() : d.source(c.sourceId()).map(s -> s.outlet() + " " + s.url()).orElse(c.sourceId());
            b.append("\n  ").append(outlet).append(c.excerpt().isEmpty() ? "" : ": " + c.excerpt());
        }
        return b.toString();
    }

    private void refresh() {
        tasks.run("Reading proposed changes", progress -> {
            try (SituationService.Opened opened = situations.open()) {
                SituationStore store = opened.store();
                return store.proposals();
            }
        }, (List<ProposedChange> ps) -> list.setItems(FXCollections.observableArrayList(ps)), this::failed);
    }

    private void decide(ProposedChange p, String rejectReason) {
        tasks.run(rejectReason == null ? "Accepting " + p.id() : "Rejecting " + p.id(), progress -> {
            try (SituationService.Opened opened = situations.open()) {
                SituationStore store = opened.store();
                ProposalReview review = new ProposalReview(store);
                if (rejectReason == null) review.accept(p.id());
                else review.reject(p.id(), rejectReason);
                return store.load();
            }
        }, d -> {
            situation.setDataset(d);
            refresh();
        }, this::failed);
    }

    private void failed(Throwable t) {
        Alert a = new Alert(Alert.AlertType.ERROR, t.getMessage() == null ? t.toString() : t.getMessage(), ButtonType.OK);
        a.initOwner(owner);
        a.show();
    }
}
