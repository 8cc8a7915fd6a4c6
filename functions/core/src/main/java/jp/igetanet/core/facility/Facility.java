package jp.igetanet.core.facility;

import java.time.Instant;

/** A facility taking part in a network (利用施設, §4), with its publication choices (§17-2). */
public record Facility(
        String id,
        String networkId,
        String name,
        String kana,
        FacilityKind kind,
        String postalCode,
        String address,
        String phone,
        FacilityStatus status,
        Publication publication,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isActive() {
        return status == FacilityStatus.ACTIVE;
    }

    /** Whether the public directory shows this facility at all. */
    public boolean isInDirectory() {
        return isActive() && publication.listed();
    }
}
