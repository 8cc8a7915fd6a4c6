package jp.igetanet.consent;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.patient.Consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A consent as the care team sees it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Consent")
public record ConsentView(
        String id,
        String patientId,
        @Schema(description = "同意した人のコード") String givenBy,
        @Schema(description = "同意した人") String givenByLabel,
        @Nullable String familyName,
        @Nullable String relation,
        @Schema(description = "家族が同意した理由のコード") @Nullable String reason,
        @Nullable String reasonLabel,
        LocalDate consentedOn,
        @Schema(description = "同意を得た利用者") String obtainedBy,
        @Schema(description = "同意書の formId") String formId,
        Instant recordedAt) {

    static ConsentView from(Consent c) {
        return new ConsentView(c.id(), c.patientId(), c.givenBy().code(), c.givenBy().label(), c.familyName(),
                c.relation(), c.reason() == null ? null : c.reason().code(), c.reason() == null ? null : c.reason().label(),
                c.consentedOn(), c.obtainedBy(), c.formId(), c.recordedAt());
    }

    /** A patient's consents, newest first: the first one is in force. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConsentHistory")
    public record History(List<ConsentView> items) {
    }
}
