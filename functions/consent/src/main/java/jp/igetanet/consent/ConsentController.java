package jp.igetanet.consent;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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

/** A patient's consents to sharing (§14-1). */
@Controller("/patients/{patientId}/consents")
@Tag(name = "consents", description = "同意")
public class ConsentController {

    private final ConsentDesk desk;

    public ConsentController(ConsentDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "同意の履歴", description = "新しい順に返します。最初のものが現在の同意です。ケアチームのメンバーだけが読めます。")
    @ApiResponse(responseCode = "200", description = "同意の履歴")
    @ApiResponse(responseCode = "404", description = "療養者がいない、またはケアチームのメンバーではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsentView.History consents(@Parameter(hidden = true) Acting acting, @PathVariable String patientId) {
        return new ConsentView.History(desk.history(acting, patientId).stream().map(ConsentView::from).toList());
    }

    @Post
    @Operation(summary = "同意の取り直し", description = "同意を取り直したとき（本人が同意できなくなり家族が同意した、など）に、"
            + "署名された同意書とともに記録します。同意書は POST /consent-forms に patientId を付けてアップロードします。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "記録した同意")
    @ApiResponse(responseCode = "400", description = "入力の誤り、同意書がない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ConsentView> recordConsent(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                                   @Body ConsentRecordRequest request) {
        ConsentView recorded = ConsentView.from(desk.record(acting, patientId, request));
        return HttpResponse.created(recorded, URI.create("/patients/" + patientId + "/consents"));
    }
}
