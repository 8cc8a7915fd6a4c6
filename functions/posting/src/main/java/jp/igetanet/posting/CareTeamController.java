package jp.igetanet.posting;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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

/** A patient's care team (§13): who may see the patient. */
@Controller("/patients/{patientId}/team")
@Tag(name = "care-team", description = "ケアチーム")
public class CareTeamController {

    private final CareTeamDesk desk;

    public CareTeamController(CareTeamDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "ケアチームのメンバー", description = "療養者のケアチームのメンバーを、氏名・職種・施設とともに返します。ケアチームのメンバーだけが読めます。")
    @ApiResponse(responseCode = "200", description = "メンバーの一覧")
    @ApiResponse(responseCode = "404", description = "療養者がいない、またはケアチームのメンバーではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TeamMemberView.Team getTeam(@Parameter(hidden = true) Acting acting, @PathVariable String patientId) {
        return new TeamMemberView.Team(desk.team(acting, patientId).stream().map(TeamMemberView::from).toList());
    }

    @Post
    @Operation(summary = "メンバーの追加", description = "療養者の地域ネットワークの、利用中の施設の利用者を追加します。"
            + "他の地域の利用者は、地域間の連携協定があるときだけ追加できます（第4条第4項・第5項）。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "追加したメンバー")
    @ApiResponse(responseCode = "400", description = "利用者がいない、利用できない、または連携協定のない地域の利用者",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "すでにメンバー",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<TeamMemberView> addMember(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                                  @Body TeamMemberRequest request) {
        TeamMemberView added = TeamMemberView.from(desk.add(acting, patientId, request));
        return HttpResponse.created(added, URI.create("/patients/" + patientId + "/team/" + added.userId()));
    }

    @Delete("/{userId}")
    @Operation(summary = "メンバーを外す", description = "最後のメンバーは外せません。")
    @ApiResponse(responseCode = "204", description = "外しました")
    @ApiResponse(responseCode = "409", description = "最後のメンバー",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> removeMember(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                           @PathVariable String userId) {
        desk.remove(acting, patientId, userId);
        return HttpResponse.noContent();
    }
}
