package jp.igetanet.core.audit;

import jp.igetanet.core.time.Clocks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain that makes the audit log tamper-evident (§27-1(8)): each record's hash covers every field of the
 * record and the previous record's hash, so that altering, removing or inserting a record breaks the chain from
 * that record on. Chains are per network per day (Japan time), which keeps each chain short enough to verify.
 */
public final class AuditChain {

    /** The hash the first record of every chain links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The chain an event belongs to, e.g. {@code nishio#2026-11-25}. */
    public static String chainOf(AuditEvent event) {
        return event.networkId() + "#" + event.occurredAt().atZone(Clocks.JAPAN).toLocalDate();
    }

    /** The record that follows {@code previous} (or starts the chain) with this event. */
    public static ChainedRecord append(Optional<ChainedRecord> previous, AuditEvent event) {
        long sequence = previous.map(record -> record.sequence() + 1).orElse(1L);
        String previousHash = previous.map(ChainedRecord::hash).orElse(GENESIS);
        String chain = chainOf(event);
        return new ChainedRecord(chain, sequence, event, previousHash, hash(chain, sequence, event, previousHash));
    }

    public static String hash(String chain, long sequence, AuditEvent event, String previousHash) {
        StringBuilder canonical = new StringBuilder(512);
        field(canonical, chain);
        field(canonical, Long.toString(sequence));
        field(canonical, event.occurredAt().toString());
        field(canonical, event.networkId());
        field(canonical, event.actorUserId());
        field(canonical, event.actorFacilityId());
        field(canonical, event.actorRole());
        field(canonical, event.action().code());
        field(canonical, event.targetType());
        field(canonical, event.targetId());
        field(canonical, event.outcome().name());
        field(canonical, event.requestId());
        field(canonical, event.sourceIp());
        field(canonical, event.userAgent());
        field(canonical, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Length-prefixed, so that no choice of field values can make two different records read alike. */
    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }

    /**
     * Walks one chain in stored order and reports the first record that does not follow from its predecessor:
     * altered (its hash no longer matches its fields), removed (a gap in the numbering or a broken link) or
     * inserted (a number out of order, or a record forged with a recomputed hash that breaks the next link).
     */
    public static Verification verify(List<ChainedRecord> records) {
        String previousHash = GENESIS;
        long expected = 1;
        for (ChainedRecord record : records) {
            Optional<String> problem = Optional.empty();
            if (record.sequence() != expected) {
                problem = Optional.of(record.sequence() > expected
                        ? "record " + expected + " is missing" : "record " + record.sequence() + " is out of order");
            } else if (!record.previousHash().equals(previousHash)) {
                problem = Optional.of("does not link to the record before it");
            } else if (!record.hash().equals(hash(record.chain(), record.sequence(), record.event(), record.previousHash()))) {
                problem = Optional.of("its content does not match its hash");
            }
            if (problem.isPresent()) {
                return new Verification(expected - 1, Optional.of(record.sequence()), problem);
            }
            previousHash = record.hash();
            expected++;
        }
        return new Verification(records.size(), Optional.empty(), Optional.empty());
    }

    /**
     * The result of verifying a chain: how many records were found intact before the first broken one, and that
     * record's number with the reason, if any.
     */
    public record Verification(long intactRecords, Optional<Long> brokenAt, Optional<String> reason) {

        public boolean intact() {
            return brokenAt.isEmpty();
        }
    }
}
