package org.sitmap.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.ProposalStatus;
import org.sitmap.domain.ProposedChange;
import org.sitmap.domain.ReportedTime;
import org.sitmap.interop.acled.AcledActorMap;
import org.sitmap.interop.acled.AcledImporter;
import org.sitmap.store.SituationStore;
import org.sitmap.store.StoreException;

class ProposalReviewTest {
    @TempDir
    Path dir;
    SituationStore store;
    ProposalReview review;

    @BeforeEach
    void importAcled() throws Exception {
        store = StoreFixture.open(dir);
        review = new ProposalReview(store);
        new ImportService(store).run(new AcledImporter(AcledActorMap.defaults()),
                StoreFixture.resource("acled-current.csv", dir), StoreFixture.progress(-1));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private String holderOfTallRifaat(int day) throws StoreException {
        return new ControlTimeline(store.load()).stateAt("gn163476", ReportedTime.endOfDay(LocalDate.of(2024, 11, day)))
                .map(ControlState::holder).orElseThrow();
    }

    private ProposedChange proposal(String id) throws StoreException {
        return store.proposals().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void accept_putsTheChangeOnTheMapFromItsDate() throws Exception {
        assertEquals("SDF", holderOfTallRifaat(29));

        ControlChange change = review.accept("u.acled.SYRT0003");

        assertEquals("u.C.acled.SYRT0003", change.id());
        assertEquals("SNA", holderOfTallRifaat(29));
        assertEquals("SDF", holderOfTallRifaat(28));
        assertEquals(ProposalStatus.ACCEPTED, proposal("u.acled.SYRT0003").status());
        assertEquals("u.C.acled.SYRT0003", proposal("u.acled.SYRT0003").changeId());
    }

    @Test
    void acceptAtAnUnknownPlace_addsAnApproximateUserLocality() throws Exception {
        ControlChange change = review.accept("u.acled.SYRT0006");

        var place = store.load().locality(change.localityId()).orElseThrow();
        assertEquals("u.L.acled.SYRT0006", place.id());
        assertEquals("Test Wells", place.nameEn());
        assertEquals("HTS", change.to());
    }

    @Test
    void reject_keepsTheReasonAndChangesNoZone() throws Exception {
        review.reject("u.acled.SYRT0003", "SOHR dates it to 1 December");

        ProposedChange p = proposal("u.acled.SYRT0003");
        assertEquals(ProposalStatus.REJECTED, p.status());
        assertEquals("SOHR dates it to 1 December", p.reason());
        assertEquals("SDF", holderOfTallRifaat(30));
    }

    @Test
    void reimport_keepsDecisions() throws Exception {
        review.reject("u.acled.SYRT0003", "wrong date");
        review.accept("u.acled.SYRT0006");

        ImportReport again = new ImportService(store).run(new AcledImporter(AcledActorMap.defaults()),
                StoreFixture.resource("acled-current.csv", dir), StoreFixture.progress(-1));

        assertEquals(2, again.proposalsKeptCount());
        assertEquals(ProposalStatus.REJECTED, proposal("u.acled.SYRT0003").status());
        assertEquals(ProposalStatus.ACCEPTED, proposal("u.acled.SYRT0006").status());
    }

    @Test
    void decidedProposal_cannotBeDecidedAgain() throws Exception {
        review.reject("u.acled.SYRT0003", "wrong date");
        assertThrows(IllegalArgumentException.class, () -> review.accept("u.acled.SYRT0003"));
        assertThrows(IllegalArgumentException.class, () -> review.reject("u.acled.SYRT0003", ""));
    }

    @Test
    void accept_isAnEditInTheHistory_underTheReviewersName_andRestoringItsBeforeTakesItOffTheMap() throws Exception {
        var clock = java.time.Clock.fixed(java.time.Instant.parse("2024-12-20T10:00:00Z"), java.time.ZoneOffset.UTC);
        ControlChange change = new ProposalReview(store, () -> "Reviewer", clock).accept("u.acled.SYRT0003");

        var last = store.history().get(store.history().size() - 1);
        assertEquals(org.sitmap.domain.EditAction.ACCEPT, last.action());
        assertEquals("Reviewer", last.author());
        assertEquals(change.id(), last.write().rowId());
        new org.sitmap.edit.EditService(store, () -> "Reviewer", clock).restoreVersion(last, true);
        assertEquals("SDF", holderOfTallRifaat(29));
    }
}
