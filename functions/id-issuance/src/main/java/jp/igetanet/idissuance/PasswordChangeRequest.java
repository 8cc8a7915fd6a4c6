package jp.igetanet.idissuance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The signed-in user's change of their own password (§6-4). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "PasswordChange")
public record PasswordChangeRequest(
        @Schema(description = "現在のパスワード", requiredMode = Schema.RequiredMode.REQUIRED, format = "password")
        @Nullable String currentPassword,
        @Schema(description = "新しいパスワード（12文字以上、英大文字・英小文字・数字を含む）",
                requiredMode = Schema.RequiredMode.REQUIRED, format = "password")
        @Nullable String newPassword) {

    /** Never prints the passwords, should the request ever reach a log. */
    @Override
    public String toString() {
        return "PasswordChangeRequest[…]";
    }
}
