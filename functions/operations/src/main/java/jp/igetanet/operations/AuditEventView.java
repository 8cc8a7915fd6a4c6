package jp.igetanet.operations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.ChainedRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One audit record: who, what kind of action, on which id, when, from where, and its place in the chain. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AuditEvent")
public record AuditEventView(
        Instant occurredAt,
        @Schema(description = "操作の種類（例 post.created, post.timeline-read）") String action,
        @Schema(description = "SUCCEEDED または REFUSED") String outcome,
        @Nullable String actorUserId,
        @Nullable String actorFacilityId,
        @Nullable String actorRole,
        @Schema(description = "対象の種類（patient, user, facility など）") @Nullable String targetType,
        @Schema(description = "対象のID（療養者ID など。内容は記録しません）") @Nullable String targetId,
        @Nullable String requestId,
        @Nullable String sourceIp,
        @Schema(description = "記録の鎖（地域ネットワーク#日付）") String chain,
        @Schema(description = "鎖の中の番号") long sequence) {

    static AuditEventView from(ChainedRecord record) {
        AuditEvent e = record.event();
        return new AuditEventView(e.occurredAt(), e.action().code(), e.outcome().name(), e.actorUserId(),
                e.actorFacilityId(), e.actorRole(), e.targetType(), e.targetId(), e.requestId(), e.sourceIp(),
                record.chain(), record.sequence());
    }

    /** One page of audit records, oldest first. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AuditEventPage")
    public record Page(List<AuditEventView> items, @Nullable String nextCursor) {
    }

    /** The verification of one day's chain. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AuditChainVerification")
    public record VerifiedDay(LocalDate day, @Schema(description = "記録の数") int records,
                              @Schema(description = "改ざん・削除・挿入がなければ true") boolean intact,
                              @Schema(description = "最初に壊れていた記録の番号") @Nullable Long brokenAt,
                              @Schema(description = "壊れていた理由") @Nullable String reason) {

        static VerifiedDay from(AuditDesk.VerifiedDay day) {
            return new VerifiedDay(day.day(), day.records(), day.verification().intact(),
                    day.verification().brokenAt().orElse(null), day.verification().reason().orElse(null));
        }
    }

    /** The verified days of a span. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AuditVerification")
    public record Verification(String networkId, LocalDate from, LocalDate to, boolean intact, List<VerifiedDay> days) {
    }
}
