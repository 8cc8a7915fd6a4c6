package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.project.Project;
import jp.igetanet.core.project.ProjectGate;
import jp.igetanet.core.project.ProjectRole;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A project as its members and, for an open one, the users of its network see it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Project")
public record ProjectView(
        @Schema(description = "プロジェクトID") String id,
        @Schema(description = "プロジェクトの地域ネットワーク") String networkId,
        String name,
        @Nullable String description,
        @Schema(description = "種類コード") String kind,
        @Schema(description = "種類") String kindLabel,
        @Schema(description = "参加の方法コード（open, invitation, network）") String admission,
        @Schema(description = "参加の方法") String admissionLabel,
        @Schema(description = "オーナーのユーザーID") String ownerId,
        @Schema(description = "メンバーの数（地域の全利用者のプロジェクトにはありません）") @Nullable Long memberCount,
        @Schema(description = "ピン留めされた投稿のID") @Nullable List<String> pinnedPostIds,
        @Schema(description = "呼び出した利用者の役割（owner, administrator, member。メンバーでなければなし）") @Nullable String myRole,
        @Nullable String myRoleLabel,
        @Schema(description = "参加自由のプロジェクトで、まだメンバーでないとき true") @Nullable Boolean joinable,
        @Schema(description = "未読の投稿の数（自分のプロジェクトの一覧だけ）") @Nullable Long unread,
        @Schema(description = "版。変更のときに送り返します。") long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "療養者の情報についての注意書き") @Nullable String notice) {

    /** Projects hold no patient data: said wherever a project is shown. */
    static final String NOTICE = "プロジェクトには療養者の情報を書き込まないでください。療養者の情報は、その療養者の連絡帳に投稿してください。";

    static ProjectView from(ProjectGate.Access access) {
        return from(access.project(), access.role(), null, NOTICE);
    }

    static ProjectView listed(ProjectDesk.Listed listed) {
        return from(listed.project(), listed.role(), listed.unread(), null);
    }

    private static ProjectView from(Project p, Optional<ProjectRole> role, Long unread, String notice) {
        return new ProjectView(p.id(), p.networkId(), p.name(), p.description(), p.kind().code(), p.kind().label(),
                p.admission().code(), p.admission().label(), p.ownerId(), p.isNetworkWide() ? null : p.memberCount(),
                p.pinnedPostIds().isEmpty() ? null : p.pinnedPostIds(), role.map(ProjectRole::code).orElse(null),
                role.map(ProjectRole::label).orElse(null), role.isEmpty() ? Boolean.TRUE : null, unread, p.version(),
                p.createdBy(), p.createdAt(), p.updatedAt(), notice);
    }

    /** One page of projects, with the notice once. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectList")
    public record Page(List<ProjectView> items, @Nullable String nextCursor, @Nullable String notice) {
    }
}
