package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A member's answer to an event. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AttendanceAnswerRequest")
public record AttendanceRequest(
        @Schema(description = "出欠（attend 出席, absent 欠席）", example = "attend",
                requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String answer) {
}
