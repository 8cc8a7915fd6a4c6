package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.record.LabResult;
import jp.igetanet.core.record.VitalSign;
import jp.igetanet.core.time.Clocks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The time series of one observed item of a patient, ready for a chart. */
@Controller("/patients/{patientId}/observations")
@Tag(name = "posts", description = "連絡帳")
public class ObservationController {

    static final int MAX_POINTS = 200;

    private final PostDesk desk;

    public ObservationController(PostDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "観察項目の推移", description = "1つのバイタル項目（systolic, diastolic, pulse, temperature, spo2, "
            + "respiration, weight, pain）または検査項目（JLAC10 コード17文字）の値を、古い順に最大200件返します。"
            + "検査は検体採取日の順で、数値の結果だけが点になります。グラフにそのまま使えます。")
    @ApiResponse(responseCode = "200", description = "推移")
    @ApiResponse(responseCode = "400", description = "項目コードの誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Series observations(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                               @Parameter(description = "バイタルの項目コード、または JLAC10 コード", example = "systolic")
                               @QueryValue @Nullable String code) {
        Optional<VitalSign> sign = Optional.ofNullable(code).flatMap(VitalSign::fromCode);
        boolean lab = sign.isEmpty() && LabResult.isWellFormedCode(code) && !LabResult.UNCODED.equals(code);
        new Validation().check(sign.isPresent() || lab, "code", "項目は systolic, diastolic, pulse, temperature, spo2, "
                + "respiration, weight, pain のいずれか、または検査の JLAC10 コード（17文字）です。").throwIfInvalid();
        if (lab) {
            List<PostDesk.LabPoint> results = desk.labSeries(acting, patientId, code, MAX_POINTS);
            LabResult latest = results.isEmpty() ? null : results.getLast().result();
            return new Series(code, latest == null ? null : latest.name(), latest == null ? null : latest.unit(),
                    latest == null ? null : latest.referenceLow(), latest == null ? null : latest.referenceHigh(),
                    results.stream().map(point -> new Point(point.result().specimenDate().atStartOfDay(Clocks.JAPAN)
                            .toInstant(), point.result().value(), point.post().id(), point.result().specimenDate(),
                            point.result().flag().orElse(null))).toList(), PatientView.NOTICE);
        }
        List<Point> points = desk.observations(acting, patientId, sign.get(), MAX_POINTS).stream()
                .map(post -> new Point(post.postedAt(), sign.get().of(post.content().vitals()).orElseThrow(), post.id(),
                        null, null))
                .toList();
        return new Series(sign.get().code(), sign.get().label(), sign.get().unit(), null, null, points,
                PatientView.NOTICE);
    }

    /** One item's values, oldest first. */
    @Serdeable
    @Schema(name = "ObservationSeries")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(String code, @Schema(description = "項目名（検査は最新の結果の名前）") String label,
                         @Schema(description = "単位（バイタルは UCUM、検査は最新の結果の単位）") @Nullable String unit,
                         @Schema(description = "基準範囲の下限（検査、最新の結果）") @Nullable BigDecimal referenceLow,
                         @Schema(description = "基準範囲の上限（検査、最新の結果）") @Nullable BigDecimal referenceHigh,
                         List<Point> points,
                         @Schema(description = "第16条の注意書き") String notice) {
    }

    /** One value, when it was observed (posted; for a lab, the specimen day), and the post it came from. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ObservationPoint")
    public record Point(@Schema(description = "バイタルは投稿日時、検査は検体採取日の0時（日本時間）") Instant at,
                        BigDecimal value, String postId,
                        @Schema(description = "検体採取日（検査だけ）") @Nullable LocalDate specimenDate,
                        @Schema(description = "H・L（検査で基準範囲の外）") @Nullable String flag) {
    }
}
