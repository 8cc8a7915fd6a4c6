package jp.igetanet.core.record;

import java.util.List;

/**
 * What a post says: its category, free text and structured blocks — vital signs, medications, laboratory results
 * and attached files. A correction replaces the whole content. The lists are empty, never null.
 */
public record PostContent(
        PostCategory category,
        String text,
        Vitals vitals,
        List<Medication> medications,
        List<LabResult> labResults,
        List<String> attachmentIds) {

    public PostContent {
        medications = medications == null ? List.of() : List.copyOf(medications);
        labResults = labResults == null ? List.of() : List.copyOf(labResults);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** Whether anything besides the category was recorded. */
    public boolean isEmpty() {
        return (text == null || text.isEmpty()) && (vitals == null || vitals.isEmpty()) && medications.isEmpty()
                && labResults.isEmpty() && attachmentIds.isEmpty();
    }
}
