package jp.igetanet.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.network.Agreement;

import java.time.Instant;
import java.util.List;

/** A collaboration agreement as the operators of its two networks see it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Agreement")
public record AgreementView(
        @Schema(description = "協定ID") String id,
        @Schema(description = "提案した地域ネットワーク") String proposerNetworkId,
        @Schema(description = "提案を受けた地域ネットワーク（承諾するのはこちらの運用者）") String partnerNetworkId,
        @Schema(description = "状態コード（proposed, in_force, ended）") String status,
        @Schema(description = "状態") String statusLabel,
        String title,
        String proposedBy,
        Instant proposedAt,
        @Nullable String acceptedBy,
        @Schema(description = "発効した日時") @Nullable Instant acceptedAt,
        @Nullable String endedBy,
        @Nullable Instant endedAt) {

    static AgreementView from(Agreement a) {
        return new AgreementView(a.id(), a.proposerNetworkId(), a.partnerNetworkId(), a.status().code(),
                a.status().label(), a.title(), a.proposedBy(), a.proposedAt(), a.acceptedBy(), a.acceptedAt(),
                a.endedBy(), a.endedAt());
    }

    /** A network's agreements, newest first. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Agreements")
    public record Page(List<AgreementView> items) {
    }
}
