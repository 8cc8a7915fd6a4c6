package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A user to add to a patient's care team. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CareTeamAddition")
public record TeamMemberRequest(@Schema(description = "追加する利用者のユーザーID") @Nullable String userId) {
}
