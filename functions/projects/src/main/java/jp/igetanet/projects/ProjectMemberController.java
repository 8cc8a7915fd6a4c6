package jp.igetanet.projects;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.Problem;

import java.net.URI;

/** Who takes part in a project, and with what role. */
@Controller("/projects/{projectId}/members")
@Tag(name = "projects", description = "プロジェクト")
public class ProjectMemberController {

    private final ProjectDesk desk;

    public ProjectMemberController(ProjectDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "プロジェクトのメンバー", description = "オーナー、管理者、メンバーの順に返します。地域の全利用者のプロジェクトでは"
            + "一覧は空で、everyUserOfNetwork が true です。")
    @ApiResponse(responseCode = "200", description = "メンバーの一覧")
    @ApiResponse(responseCode = "403", description = "参加自由のプロジェクトにまだ参加していない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "ない、または見られない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectMemberView.Members listProjectMembers(@Parameter(hidden = true) Acting acting,
                                                        @PathVariable String projectId) {
        return ProjectMemberView.Members.from(desk.members(acting, projectId));
    }

    @Post
    @Operation(summary = "メンバーの追加・参加", description = "オーナーと管理者が、プロジェクトの地域ネットワークか連携協定のある地域"
            + "（第4条第4項・第5項）の利用中の利用者を追加します。参加自由のプロジェクトには、自分のユーザーIDを送ると参加できます。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "追加したメンバー")
    @ApiResponse(responseCode = "400", description = "利用者がいない、利用できない、または連携協定のない地域の利用者",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "オーナー・管理者でない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "すでにメンバー、または地域の全利用者のプロジェクト",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ProjectMemberView> addProjectMember(@Parameter(hidden = true) Acting acting,
                                                            @PathVariable String projectId,
                                                            @Body ProjectMemberRequest request) {
        ProjectMemberView added = ProjectMemberView.from(desk.add(acting, projectId, request));
        return HttpResponse.created(added, URI.create("/projects/" + projectId + "/members/" + added.userId()));
    }

    @Patch("/{userId}")
    @Operation(summary = "メンバーの役割の変更", description = "オーナーが管理者・メンバーを決めます。owner を指定するとオーナーを譲り、"
            + "自分は管理者になります。")
    @ApiResponse(responseCode = "200", description = "役割を変えたメンバー")
    @ApiResponse(responseCode = "403", description = "オーナーでない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "メンバーでない利用者",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "地域の全利用者のプロジェクト、またはオーナー自身の役割の変更",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectMemberView changeProjectMemberRole(@Parameter(hidden = true) Acting acting,
                                                     @PathVariable String projectId, @PathVariable String userId,
                                                     @Body ProjectRoleRequest request) {
        return ProjectMemberView.from(desk.changeRole(acting, projectId, userId, request));
    }

    @Delete("/{userId}")
    @Operation(summary = "メンバーを外す・退出する", description = "オーナーと管理者がメンバーを外します。自分のユーザーIDなら退出です。"
            + "オーナーは外せません（先にオーナーを譲ります）。")
    @ApiResponse(responseCode = "204", description = "外しました")
    @ApiResponse(responseCode = "403", description = "オーナー・管理者でない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "オーナー、または地域の全利用者のプロジェクト",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> removeProjectMember(@Parameter(hidden = true) Acting acting, @PathVariable String projectId,
                                                  @PathVariable String userId) {
        desk.remove(acting, projectId, userId);
        return HttpResponse.noContent();
    }
}
