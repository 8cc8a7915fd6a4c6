package jp.igetanet.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A facility administrator's application to leave the network (利用廃止申請, §9). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "DeregistrationApplication")
public record DeregistrationForm(
        @Schema(description = "利用を廃止する理由（500文字以内）", example = "事業所の閉鎖のため",
                requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String reason) {
}
