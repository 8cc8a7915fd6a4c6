package jp.igetanet.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A proposed collaboration agreement: the other network and the agreement's name as in the signed document. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AgreementProposal")
public record AgreementRequest(
        @Schema(description = "協定の相手の地域ネットワークID", example = "kira", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable String partnerNetworkId,
        @Schema(description = "協定の名称（協定書の表題など、500文字以内）", example = "西尾市・吉良町 在宅医療介護連携に関する広域連携協定",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable String title) {
}
