package jp.igetanet.posting;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.Problem;

/** A patient's current medications drawn from the shared record, with duplicate-medication warnings. */
@Controller("/patients/{patientId}/medications")
@Tag(name = "posts", description = "連絡帳")
public class MedicationController {

    private final PostDesk desk;

    public MedicationController(PostDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "服用中の薬", description = "連絡帳の服薬の記録から、今日服用中の薬を新しい記録から順に返します。"
            + "同じ薬（YJコード、コードがなければ薬剤名）を同じ処方元が後から記録したときは後の記録が有効です。"
            + "同一成分（YJコード先頭7文字が同じ）と、同効薬の群（ベンゾジアゼピン受容体作動薬、胃酸分泌抑制薬、NSAIDs、"
            + "抗凝固薬、スタチン）の重複には警告が付きます。YJコードのない薬は確認できません。")
    @ApiResponse(responseCode = "200", description = "服用中の薬")
    @ApiResponse(responseCode = "404", description = "療養者がいない、またはケアチームのメンバーではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MedicationView.Current medications(@Parameter(hidden = true) Acting acting, @PathVariable String patientId) {
        PostDesk.CurrentMedications current = desk.medications(acting, patientId);
        return new MedicationView.Current(current.asOf(), current.items().stream().map(MedicationView::from).toList(),
                PatientView.NOTICE);
    }
}
