package jp.igetanet.core.patient;

import java.util.function.BooleanSupplier;

/**
 * Deletes everything stored of one patient (§14-2): the items of the patient's partition (the patient, care team,
 * consents, posts with their versions, readings and attachments; the index entries go with them), the consent-form
 * uploads, and every file under the patient's prefix in the bucket. Each step deletes what is still there, so it can
 * be repeated after any interruption.
 */
public interface PatientErasure {

    /** How many items and files there are to delete. */
    Tally tally(String patientId);

    /**
     * Deletes in batches while {@code mayGoOn} says so; true once nothing of the patient is left (checked by reading
     * again), false when it stopped early.
     */
    boolean erase(String patientId, BooleanSupplier mayGoOn);

    /** Counts of what is stored. */
    record Tally(long items, long objects) {
    }
}
