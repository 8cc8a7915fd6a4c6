package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.project.ProjectMember;

import java.time.Instant;
import java.util.List;

/** A member of a project, with the name, profession and facility the user had when added. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectMember")
public record ProjectMemberView(
        String userId,
        String name,
        @Schema(description = "職種") @Nullable String profession,
        String facilityId,
        @Nullable String facilityName,
        String networkId,
        @Schema(description = "役割コード（owner, administrator, member）") String role,
        @Schema(description = "役割") String roleLabel,
        @Schema(description = "追加した利用者（自分で参加したときは本人）") String addedBy,
        Instant addedAt) {

    static ProjectMemberView from(ProjectMember m) {
        return new ProjectMemberView(m.userId(), m.name(), m.professionLabel(), m.facilityId(), m.facilityName(),
                m.networkId(), m.role().code(), m.role().label(), m.addedBy(), m.addedAt());
    }

    /** The members of a project; a network-wide project lists none, its members being all users of the network. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ProjectMembers")
    public record Members(List<ProjectMemberView> items,
                          @Schema(description = "地域ネットワークの全利用者がメンバーのとき true（items は空）") boolean everyUserOfNetwork) {

        static Members from(ProjectDesk.Members members) {
            return new Members(members.members().stream().map(ProjectMemberView::from).toList(),
                    members.project().isNetworkWide());
        }
    }
}
