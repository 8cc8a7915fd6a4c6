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
        DeregistrationRequest deregistration,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** This facility with a new status, one version on. */
    public Facility withStatus(FacilityStatus newStatus, Instant at) {
        return new Facility(id, networkId, name, kana, kind, postalCode, address, phone, newStatus, publication,
                deregistration, version + 1, createdAt, at);
    }

    /** This facility with new data and publication choices, one version on (§8, §17-2). */
    public Facility changed(String newName, String newKana, FacilityKind newKind, String newPostalCode,
                            String newAddress, String newPhone, Publication newPublication, Instant at) {
        return new Facility(id, networkId, newName, newKana, newKind, newPostalCode, newAddress, newPhone, status,
                newPublication, deregistration, version + 1, createdAt, at);
    }

    /** This facility with its administrator's application to leave (§9), one version on; it stays active. */
    public Facility withDeregistrationRequested(DeregistrationRequest request, Instant at) {
        return new Facility(id, networkId, name, kana, kind, postalCode, address, phone, status, publication,
                request, version + 1, createdAt, at);
    }

    public boolean isDeregistrationRequested() {
        return deregistration != null;
    }

    public boolean isActive() {
        return status == FacilityStatus.ACTIVE;
    }

    /** Whether the public directory shows this facility at all. */
    public boolean isInDirectory() {
        return isActive() && publication.listed();
    }
}
