package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A user to add to a project: by its administrators, or oneself to join an open project. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ProjectMemberAddition")
public record ProjectMemberRequest(
        @Schema(description = "追加する利用者のユーザーID（参加自由のプロジェクトに参加するときは自分のID）")
        @Nullable String userId) {
}
