package jp.igetanet.posting;

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
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.caller.RequestOrigin;
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.record.VitalSign;

import java.math.BigDecimal;
import java.time.Instant;
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
            + "respiration, weight, pain）の値を、古い順に最大200件返します。グラフにそのまま使えます。")
    @ApiResponse(responseCode = "200", description = "推移")
    @ApiResponse(responseCode = "400", description = "項目コードの誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Series observations(@Parameter(hidden = true) Caller caller, @PathVariable String patientId,
                               @Parameter(description = "項目コード", example = "systolic") @QueryValue @Nullable String code,
                               @Parameter(hidden = true) RequestOrigin origin) {
        Optional<VitalSign> sign = Optional.ofNullable(code).flatMap(VitalSign::fromCode);
        new Validation().check(sign.isPresent(), "code",
                "項目は systolic, diastolic, pulse, temperature, spo2, respiration, weight, pain のいずれかです。").throwIfInvalid();
        List<Point> points = desk.observations(caller, patientId, sign.get(), MAX_POINTS, origin).stream()
                .map(post -> new Point(post.postedAt(), sign.get().of(post.vitals()).orElseThrow(), post.id()))
                .toList();
        return new Series(sign.get().code(), sign.get().label(), sign.get().unit(), points);
    }

    /** One item's values, oldest first. */
    @Serdeable
    @Schema(name = "ObservationSeries")
    public record Series(String code, String label, @Schema(description = "UCUM の単位") String unit, List<Point> points) {
    }

    /** One value, when it was posted, and the post it came from. */
    @Serdeable
    @Schema(name = "ObservationPoint")
    public record Point(Instant at, BigDecimal value, String postId) {
    }
}
