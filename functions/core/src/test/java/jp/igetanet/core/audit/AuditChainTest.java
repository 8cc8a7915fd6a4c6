package jp.igetanet.core.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static AuditEvent anIssuedId(int n) {
        return new AuditEvent(Instant.parse("2026-11-25T01:00:00Z").plusSeconds(n), "nishio", "igeta-admin",
                "01KDEM0FAC0000000000000003", "facility_admin", AuditAction.USER_ISSUED, "user", "nurse-" + n,
                AuditOutcome.SUCCEEDED, "req-" + n, "192.0.2.1", "test");
    }

    private static List<ChainedRecord> aChainOf(int length) {
        List<ChainedRecord> records = new ArrayList<>();
        for (int n = 1; n <= length; n++) {
            records.add(AuditChain.append(records.isEmpty() ? Optional.empty() : Optional.of(records.getLast()), anIssuedId(n)));
        }
        return records;
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditChain.Verification verification = AuditChain.verify(aChainOf(5));
        assertTrue(verification.intact());
        assertEquals(5, verification.intactRecords());
    }

    @Test
    void chainsArePerNetworkPerJapaneseDay() {
        AuditEvent lateEveningUtc = new AuditEvent(Instant.parse("2026-11-25T15:30:00Z"), "nishio", null, null, null,
                AuditAction.REGISTRATION_SUBMITTED, "registration", "x", AuditOutcome.SUCCEEDED, null, null, null);
        assertEquals("nishio#2026-11-26", AuditChain.chainOf(lateEveningUtc));
    }

    @Test
    void anAlteredRecordIsFoundEvenIfOnlyOneFieldChanged() {
        List<ChainedRecord> records = aChainOf(5);
        ChainedRecord third = records.get(2);
        AuditEvent e = third.event();
        AuditEvent altered = new AuditEvent(e.occurredAt(), e.networkId(), e.actorUserId(), e.actorFacilityId(),
                e.actorRole(), e.action(), e.targetType(), "someone-else", e.outcome(), e.requestId(), e.sourceIp(),
                e.userAgent());
        records.set(2, new ChainedRecord(third.chain(), third.sequence(), altered, third.previousHash(), third.hash()));
        AuditChain.Verification verification = AuditChain.verify(records);
        assertEquals(Optional.of(3L), verification.brokenAt());
        assertEquals(2, verification.intactRecords());
    }

    @Test
    void aRemovedRecordIsFound() {
        List<ChainedRecord> records = aChainOf(5);
        records.remove(1);
        assertEquals(Optional.of(3L), AuditChain.verify(records).brokenAt());
        assertEquals(Optional.of("record 2 is missing"), AuditChain.verify(records).reason());
    }

    @Test
    void aRemovedLastRecordLeavesAnIntactButShorterChain() {
        List<ChainedRecord> records = aChainOf(5);
        records.removeLast();
        assertEquals(4, AuditChain.verify(records).intactRecords());
    }

    @Test
    void aForgedRecordWithARecomputedHashBreaksTheNextLink() {
        List<ChainedRecord> records = aChainOf(5);
        ChainedRecord second = records.get(1);
        AuditEvent forged = anIssuedId(99);
        String forgedHash = AuditChain.hash(second.chain(), 2, forged, second.previousHash());
        records.set(1, new ChainedRecord(second.chain(), 2, forged, second.previousHash(), forgedHash));
        AuditChain.Verification verification = AuditChain.verify(records);
        assertEquals(Optional.of(3L), verification.brokenAt());
        assertEquals(Optional.of("does not link to the record before it"), verification.reason());
    }

    @Test
    void reorderedRecordsAreFound() {
        List<ChainedRecord> records = aChainOf(4);
        ChainedRecord moved = records.remove(3);
        records.add(1, moved);
        assertEquals(Optional.of(4L), AuditChain.verify(records).brokenAt());
    }

    @Test
    void absentAndEmptyFieldsHashDifferently() {
        AuditEvent absent = new AuditEvent(Instant.EPOCH, "n", null, null, null, AuditAction.SIGN_IN_SEEN, null, null,
                AuditOutcome.SUCCEEDED, null, null, null);
        AuditEvent empty = new AuditEvent(Instant.EPOCH, "n", "", null, null, AuditAction.SIGN_IN_SEEN, null, null,
                AuditOutcome.SUCCEEDED, null, null, null);
        assertNotEquals(AuditChain.hash("c", 1, absent, AuditChain.GENESIS), AuditChain.hash("c", 1, empty, AuditChain.GENESIS));
    }
}
