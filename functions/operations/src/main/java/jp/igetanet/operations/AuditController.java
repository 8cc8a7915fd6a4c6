package jp.igetanet.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.audit.AuditSearch;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.paging.Cursor;
import jp.igetanet.core.paging.PageRequest;
import jp.igetanet.core.time.Clocks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/** The audit log, searched and verified (§20; MHLW guideline 6.0 §17). */
@Controller("/audit-events")
@Tag(name = "audit", description = "監査ログ")
public class AuditController {

    static final PageRequest.Sizes PAGES = new PageRequest.Sizes(50, 200);
    static final Duration DEFAULT_SPAN = Duration.ofDays(30);
    static final Duration MAX_SPAN = Duration.ofDays(366);

    private final AuditDesk desk;

    public AuditController(AuditDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "監査ログの検索", description = "patientId（その療養者の記録を誰がいつ読み書きしたか）、userId（その利用者の操作）、"
            + "facilityId（その施設の利用者の操作）のどれか1つで、from〜to（既定は直近30日、最長366日）の記録を古い順に返します。"
            + "事務局は地域ネットワークの療養者・利用者・施設を、施設責任者は自施設の利用者を検索できます。記録に診療の内容は含まれません。")
    @ApiResponse(responseCode = "200", description = "監査ログ")
    @ApiResponse(responseCode = "400", description = "条件の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "事務局・施設責任者ではない、または療養者の検索を施設責任者が行った",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "検索できる範囲に、その療養者・利用者・施設がない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditEventView.Page searchAuditEvents(@Parameter(hidden = true) Acting acting,
                                                 @Parameter(description = "療養者ID") @QueryValue @Nullable String patientId,
                                                 @Parameter(description = "利用者ID") @QueryValue @Nullable String userId,
                                                 @Parameter(description = "施設ID") @QueryValue @Nullable String facilityId,
                                                 @Parameter(description = "いつから（2026-11-01 または日時）") @QueryValue @Nullable String from,
                                                 @Parameter(description = "いつまで（その日を含む、または日時）") @QueryValue @Nullable String to,
                                                 @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
                                                 @Parameter(description = "1ページの件数（1〜200、既定50）") @QueryValue @Nullable Integer limit) {
        Validation validation = new Validation();
        long given = Stream.of(patientId, userId, facilityId).filter(value -> value != null).count();
        validation.check(given == 1, "patientId", "patientId・userId・facilityId のどれか1つを指定してください。");
        validation.check(patientId == null || SortableIds.isWellFormed(patientId), "patientId", "療養者IDが正しくありません。");
        validation.check(facilityId == null || SortableIds.isWellFormed(facilityId), "facilityId", "施設IDが正しくありません。");
        validation.check(userId == null || userId.matches("[A-Za-z0-9._-]{1,128}"), "userId", "利用者IDが正しくありません。");
        PAGES.check(validation, limit);
        Instant until = to == null ? desk.now() : time(to, true, validation, "to");
        Instant since = from == null ? (until == null ? null : until.minus(DEFAULT_SPAN)) : time(from, false, validation, "from");
        validation.check(since == null || until == null || since.isBefore(until), "from", "from は to より前にしてください。");
        validation.check(since == null || until == null || !since.plus(MAX_SPAN).isBefore(until), "to",
                "期間は366日以内で指定してください。");
        validation.throwIfInvalid();
        AuditDesk.Subject subject = patientId != null
                ? new AuditDesk.Subject(AuditSearch.By.TARGET, "patient#" + patientId, AuditTarget.patient(patientId))
                : userId != null ? new AuditDesk.Subject(AuditSearch.By.ACTOR, userId, AuditTarget.user(userId))
                : new AuditDesk.Subject(AuditSearch.By.ACTOR_FACILITY, facilityId, AuditTarget.facility(facilityId));
        PageRequest<AuditSearch.Position> asked = PAGES.request(cursor, limit, 3,
                parts -> new AuditSearch.Position(parts.get(0), parts.get(1), parts.get(2)));
        AuditSearch.Page page = desk.search(acting, subject, since, until, asked.after(), asked.limit());
        return new AuditEventView.Page(page.records().stream().map(AuditEventView::from).toList(),
                page.next().map(next -> Cursor.encode(next.chain(), next.sequence(), next.time())).orElse(null));
    }

    @Get("/verification")
    @Operation(summary = "監査ログの検証（事務局）", description = "地域ネットワークの監査ログの鎖を日ごとに検証し、改ざん・削除・挿入が"
            + "ないかを返します。from〜to は日付（既定は今日、最長31日）。記録のない日は含まれません。")
    @ApiResponse(responseCode = "200", description = "検証の結果")
    @ApiResponse(responseCode = "403", description = "事務局ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditEventView.Verification verifyAuditChains(@Parameter(hidden = true) Acting acting,
                                                         @Parameter(description = "最初の日", example = "2026-11-01") @QueryValue @Nullable String from,
                                                         @Parameter(description = "最後の日", example = "2026-11-25") @QueryValue @Nullable String to) {
        Validation validation = new Validation();
        LocalDate last = to == null ? desk.today() : day(to, validation, "to");
        LocalDate first = from == null ? last : day(from, validation, "from");
        validation.check(first == null || last == null || !first.isAfter(last), "from", "from は to 以前の日にしてください。");
        validation.check(first == null || last == null || !first.plusDays(AuditDesk.MAX_VERIFIED_DAYS).isBefore(last.plusDays(1)),
                "to", "期間は" + AuditDesk.MAX_VERIFIED_DAYS + "日以内で指定してください。");
        validation.throwIfInvalid();
        List<AuditEventView.VerifiedDay> days = desk.verify(acting, first, last).stream()
                .map(AuditEventView.VerifiedDay::from).toList();
        return new AuditEventView.Verification(acting.networkId(), first, last,
                days.stream().allMatch(AuditEventView.VerifiedDay::intact), days);
    }

    /** A date (its start, or for {@code to} the next day's start, in Japan) or a date-time with offset. */
    private static Instant time(String value, boolean end, Validation validation, String field) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            return (end ? date.plusDays(1) : date).atStartOfDay(Clocks.JAPAN).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e) {
                validation.reject(field, field + " は「2026-11-01」または「2026-11-01T09:00:00+09:00」の形で指定してください。");
                return null;
            }
        }
    }

    private static LocalDate day(String value, Validation validation, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            validation.reject(field, field + " は「2026-11-01」の形で指定してください。");
            return null;
        }
    }
}
