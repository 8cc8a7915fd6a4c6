package jp.igetanet.posting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.paging.Cursor;
import jp.igetanet.core.paging.PageRequest;
import jp.igetanet.core.patient.Patient;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Patients registered with consent and seen only by their care teams (§13, §14-1). */
@Controller
@Tag(name = "patients", description = "療養者")
public class PatientController {

    static final PageRequest.Sizes PAGES = new PageRequest.Sizes(20, 100);
    static final int MAX_QUERY = 50;

    private final PatientDesk desk;

    public PatientController(PatientDesk desk) {
        this.desk = desk;
    }

    @Post("/consent-forms")
    @Operation(summary = "同意書のアップロード開始", description = "署名された同意書のスキャン（PDF・JPEG・PNG・HEIC、10MBまで）の形式と"
            + "大きさを申告すると、それを PUT できる URL を発行します（数分有効）。返った uploadUrl へ uploadHeaders をそのまま付けて PUT"
            + "し、formId を療養者の登録に使います（1日以内）。申告と違う形式や大きさの PUT は保存先が 403 で拒否します。")
    @ApiResponse(responseCode = "201", description = "アップロード先",
            content = @Content(schema = @Schema(implementation = PatientView.Upload.class)))
    @ApiResponse(responseCode = "400", description = "形式が対応していない、大きさがない・0・10MB超",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PatientView.Upload> startConsentForm(@Parameter(hidden = true) Acting acting,
                                                              @Body ConsentFormRequest request) {
        PatientDesk.Upload upload = desk.startConsentForm(acting, request);
        return HttpResponse.created(PatientView.Upload.of(upload.formId(), upload.uploadUrl(), upload.file(),
                upload.uploadUrlExpiresAt()));
    }

    @Post("/patients")
    @Operation(summary = "療養者の登録（同意つき）", description = "療養者を、同じリクエストの同意（本人または家族、同意日、"
            + "アップロード済みの同意書）とともに登録します（第14条第1項）。同意がなければ登録できません。登録した利用者が"
            + "ケアチームの最初のメンバーになります。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "登録した療養者")
    @ApiResponse(responseCode = "400", description = "入力の誤り、同意や同意書がない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PatientView> registerPatient(@Parameter(hidden = true) Acting acting,
                                                     @Body PatientRequest request) {
        Patient patient = desk.register(acting, request);
        return HttpResponse.created(PatientView.from(patient), URI.create("/patients/" + patient.id()));
    }

    @Get("/patients")
    @Operation(summary = "担当する療養者の一覧", description = "呼び出した利用者がケアチームにいる療養者を、最近投稿のあった順"
            + "（投稿がなければケアチームに加わった日時）に、未読の投稿の数とともに返します。q でよみがなの前方一致検索ができ、"
            + "そのときはよみがな順です。")
    @ApiResponse(responseCode = "200", description = "療養者の一覧")
    public PatientView.Page listPatients(@Parameter(hidden = true) Acting acting,
                                         @Parameter(description = "よみがなの先頭（前方一致）") @QueryValue @Nullable String q,
                                         @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
                                         @Parameter(description = "1ページの件数（1〜100、既定20）") @QueryValue @Nullable Integer limit) {
        PAGES.check(new Validation(), limit)
                .check(q == null || q.length() <= MAX_QUERY, "q", "検索語は" + MAX_QUERY + "文字以内で指定してください。")
                .throwIfInvalid();
        PageRequest<String> asked = PAGES.request(cursor, limit);
        PatientDesk.Listing page = desk.list(acting, Optional.ofNullable(q).filter(text -> !text.isBlank()), asked.after(),
                asked.limit());
        return new PatientView.Page(page.items().stream().map(PatientView.Listed::from).toList(),
                page.afterPatientId().map(Cursor::encode).orElse(null), PatientView.NOTICE);
    }

    @Get("/patients/{patientId}")
    @Operation(summary = "療養者", description = "ケアチームのメンバーだけが読めます。それ以外には、療養者がいないときと同じ 404 を返します。")
    @ApiResponse(responseCode = "200", description = "療養者")
    @ApiResponse(responseCode = "404", description = "療養者がいない、またはケアチームのメンバーではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PatientView getPatient(@Parameter(hidden = true) Acting acting, @PathVariable String patientId) {
        return PatientView.from(desk.find(acting, patientId));
    }

    @Patch("/patients/{patientId}")
    @Operation(summary = "療養者の基本情報の変更", description = "送った項目だけが変わります。version には取得した版を送ります。")
    @ApiResponse(responseCode = "200", description = "変更後の療養者")
    @ApiResponse(responseCode = "409", description = "他の更新と競合した",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PatientView changePatient(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                     @Body PatientChangeRequest change) {
        return PatientView.from(desk.change(acting, patientId, change));
    }
}
