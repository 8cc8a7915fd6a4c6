package jp.igetanet.operations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.incident.IncidentReport;

import java.time.Instant;
import java.util.List;

/** A report as its reporter, its facility's administrator and the operator read it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IncidentReport")
public record IncidentReportView(
        @Schema(description = "報告ID") String id,
        String networkId,
        @Schema(description = "報告した利用者の施設") String facilityId,
        @Schema(description = "報告した利用者") String reportedBy,
        @Schema(description = "種別コード") String kind,
        @Schema(description = "種別") String kindLabel,
        @Schema(description = "発生（発覚）日時") Instant occurredAt,
        String description,
        @Schema(description = "状態コード（received, investigating, resolved）") String status,
        @Schema(description = "状態") String statusLabel,
        @Schema(description = "事務局が講じた措置（第21条第2項）") @Nullable String measures,
        @Schema(description = "最後に対応を記録した事務局の利用者") @Nullable String updatedBy,
        @Schema(description = "版。対応を記録するときに送り返します。") long version,
        Instant reportedAt,
        Instant updatedAt) {

    static IncidentReportView from(IncidentReport r) {
        return new IncidentReportView(r.id(), r.networkId(), r.facilityId(), r.reportedBy(), r.kind().code(),
                r.kind().label(), r.occurredAt(), r.description(), r.status().code(), r.status().label(), r.measures(),
                r.updatedBy(), r.version(), r.reportedAt(), r.updatedAt());
    }

    /** One page of reports, newest first. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IncidentReportPage")
    public record Page(List<IncidentReportView> items, @Nullable String nextCursor) {
    }
}
