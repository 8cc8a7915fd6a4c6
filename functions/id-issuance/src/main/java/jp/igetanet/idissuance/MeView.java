package jp.igetanet.idissuance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.caller.Caller;

import java.time.Instant;

/** The signed-in user's own account, facility and role. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Me")
public record MeView(
        @Schema(description = "ユーザーID") String userId,
        @Schema(description = "氏名") String name,
        @Schema(description = "氏名のよみがな") String kana,
        @Schema(description = "職種コード", example = "nurse") String profession,
        @Schema(description = "職種", example = "看護師") String professionLabel,
        @Schema(description = "権限コード", example = "member") String role,
        @Schema(description = "権限", example = "利用者") String roleLabel,
        @Schema(description = "パスワードを最後に変更した日時") Instant passwordChangedAt,
        FacilityView facility) {

    static MeView from(Caller caller) {
        var account = caller.account();
        var facility = caller.facility();
        return new MeView(account.userId(), account.name(), account.kana(),
                account.profession().code(), account.profession().label(),
                account.role().group(), account.role().label(),
                account.passwordChangedAt(),
                new FacilityView(facility.id(), facility.name(), facility.kind().code(), facility.kind().label(),
                        facility.networkId()));
    }

    /** The facility the user belongs to. */
    @Serdeable
    @Schema(name = "MyFacility")
    public record FacilityView(String id, String name, String kind, String kindLabel, String networkId) {
    }
}
