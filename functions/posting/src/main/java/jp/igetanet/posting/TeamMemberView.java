package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A member of a patient's care team, with name, profession and facility. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CareTeamMember")
public record TeamMemberView(
        String userId,
        @Nullable String name,
        @Nullable String profession,
        @Nullable String professionLabel,
        String facilityId,
        @Nullable String facilityName,
        String networkId,
        @Schema(description = "追加した利用者") String addedBy,
        Instant addedAt) {

    static TeamMemberView from(CareTeamDesk.Member m) {
        return new TeamMemberView(m.member().userId(),
                m.user().map(u -> u.name()).orElse(null),
                m.user().map(u -> u.profession().code()).orElse(null),
                m.user().map(u -> u.profession().label()).orElse(null),
                m.member().facilityId(),
                m.facility().map(f -> f.name()).orElse(null),
                m.member().networkId(), m.member().addedBy(), m.member().addedAt());
    }

    /** The whole team. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CareTeam")
    public record Team(List<TeamMemberView> items) {
    }
}
