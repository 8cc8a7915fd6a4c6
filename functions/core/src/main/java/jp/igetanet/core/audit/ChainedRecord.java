package jp.igetanet.core.audit;

/**
 * An audit event as stored: its place in a chain (one chain per network per day, numbered from 1) and the hash
 * that links it to the record before it.
 */
public record ChainedRecord(String chain, long sequence, AuditEvent event, String previousHash, String hash) {
}
