package jp.igetanet.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.facility.PublishedField;
import jp.igetanet.core.registration.RegistrationApplication;

import java.time.Instant;
import java.util.List;

/** An application as the operator reviews it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RegistrationApplication")
public record ApplicationView(
        String id,
        String network,
        @Schema(description = "審査状況コード", example = "submitted") String status,
        @Schema(description = "審査状況", example = "審査中") String statusLabel,
        ApplicationRequest.Facility facility,
        String facilityKindLabel,
        ApplicationRequest.Administrator administrator,
        ApplicationRequest.Pledge pledge,
        ApplicationRequest.Publication publication,
        Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable String rejectionReason,
        long version) {

    static ApplicationView from(RegistrationApplication a) {
        var f = a.facility();
        var admin = a.administrator();
        var p = a.pledge();
        return new ApplicationView(a.id(), a.networkId(), a.status().code(), a.status().label(),
                new ApplicationRequest.Facility(f.name(), f.kana(), f.kind().code(), f.postalCode(), f.address(), f.phone()),
                f.kind().label(),
                new ApplicationRequest.Administrator(admin.name(), admin.kana(), admin.profession().code(), admin.email()),
                new ApplicationRequest.Pledge(p.formVersion(), p.signer(), p.signedOn().toString(), p.agreedTermsVersion()),
                new ApplicationRequest.Publication(a.publication().listed(),
                        a.publication().fields().stream().sorted().map(PublishedField::code).toList()),
                a.submittedAt(), a.decidedAt(), a.decidedBy(), a.rejectionReason(), a.version());
    }

    /** One page of the operator's queue. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RegistrationApplicationPage")
    public record Page(List<ApplicationView> items,
                       @Schema(description = "次のページの cursor。最後のページでは含まれません。") @Nullable String nextCursor) {
    }

    /** What the applicant is told on submission. */
    @Serdeable
    @Schema(name = "RegistrationReceipt")
    public record Receipt(@Schema(description = "申請ID") String applicationId,
                          @Schema(description = "審査状況コード", example = "submitted") String status,
                          @Schema(description = "審査状況を事務局が確認するURL") String statusUrl) {
    }

    /** What the operator hands over after an approval: the new facility and its administrator's first password. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RegistrationApproval")
    public record Approved(
            @Schema(description = "承認された申請") ApplicationView application,
            @Schema(description = "参加施設になった施設のID（申請IDと同じ）") String facilityId,
            @Schema(description = "施設責任者のユーザーID") String administratorUserId,
            @Schema(description = "仮パスワード。手渡しの設定のとき、この応答でだけ返します。初回ログイン時に変更が必要です。")
            @io.micronaut.core.annotation.Nullable String temporaryPassword,
            @Schema(description = "仮パスワードの渡し方（handover: この応答で手渡し用に返す、email: Cognito がメールで送った）",
                    example = "handover") String passwordDelivery) {
    }

    /** The operator's rejection. */
    @Serdeable
    @Schema(name = "RegistrationRejection")
    public record Rejection(@Schema(description = "却下の理由（申請者に伝えます）") @io.micronaut.core.annotation.Nullable String reason) {
    }
}
