package jp.igetanet.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.PublishedField;

import java.time.Instant;

/** A facility as its own users and the operator see it: every field, with the publication choices. */
@Serdeable
@Schema(name = "Facility")
public record FacilityView(
        String id,
        String network,
        String name,
        String kana,
        String kind,
        String kindLabel,
        String postalCode,
        String address,
        String phone,
        @Schema(description = "状態（active, suspended, deregistered）") String status,
        ApplicationRequest.Publication publication,
        @Schema(description = "利用廃止の申請（申請中または廃止済みのときだけ）") @Nullable Deregistration deregistration,
        @Schema(description = "版。変更のときに送り返します。") long version,
        Instant updatedAt) {

    /** The administrator's application to leave (§9). */
    @Serdeable
    @Schema(name = "FacilityDeregistration")
    public record Deregistration(Instant requestedAt, String requestedBy, String reason) {
    }

    static FacilityView from(Facility f) {
        return new FacilityView(f.id(), f.networkId(), f.name(), f.kana(), f.kind().code(), f.kind().label(),
                f.postalCode(), f.address(), f.phone(), f.status().name().toLowerCase(java.util.Locale.ROOT),
                new ApplicationRequest.Publication(f.publication().listed(),
                        f.publication().fields().stream().sorted().map(PublishedField::code).toList()),
                f.deregistration() == null ? null : new Deregistration(f.deregistration().requestedAt(),
                        f.deregistration().requestedBy(), f.deregistration().reason()),
                f.version(), f.updatedAt());
    }
}
