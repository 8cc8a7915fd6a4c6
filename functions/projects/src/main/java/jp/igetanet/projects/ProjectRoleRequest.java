package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A member's new role, given by the owner; {@code owner} hands the ownership on. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ProjectRoleChange")
public record ProjectRoleRequest(
        @Schema(description = "役割（administrator 管理者, member メンバー, owner オーナーを譲る）", example = "administrator",
                requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String role) {
}
