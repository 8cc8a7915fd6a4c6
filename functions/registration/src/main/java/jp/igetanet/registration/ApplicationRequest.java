package jp.igetanet.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A facility's application for registration as sent by the portal's form (§6-1). Every field is text here, so
 * that each mistake can be answered with a Japanese message naming the field; {@link ApplicationForm} checks them.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "RegistrationApplicationRequest")
public record ApplicationRequest(
        @Schema(description = "地域ネットワークのID", example = "nishio") @Nullable String network,
        @Nullable Facility facility,
        @Nullable Administrator administrator,
        @Nullable Pledge pledge,
        @Nullable Publication publication) {

    /** The facility applying. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ApplyingFacility")
    public record Facility(
            @Schema(description = "施設名", example = "みなみ在宅クリニック") @Nullable String name,
            @Schema(description = "施設名のよみがな（ひらがな・カタカナ）", example = "ミナミザイタククリニック") @Nullable String kana,
            @Schema(description = "施設の種別コード", example = "clinic") @Nullable String kind,
            @Schema(description = "郵便番号", example = "445-0000") @Nullable String postalCode,
            @Schema(description = "住所", example = "愛知県西尾市寄住町1-1") @Nullable String address,
            @Schema(description = "電話番号", example = "0563-00-0000") @Nullable String phone) {
    }

    /** The person who will be the facility's administrator (施設責任者). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ApplyingAdministrator")
    public record Administrator(
            @Schema(description = "氏名") @Nullable String name,
            @Schema(description = "氏名のよみがな") @Nullable String kana,
            @Schema(description = "職種コード", example = "doctor") @Nullable String profession,
            @Schema(description = "メールアドレス") @Nullable String email) {
    }

    /** The pledge 様式第1 (いげたネットの利用登録に係る誓約書). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "RegistrationPledge")
    public record Pledge(
            @Schema(description = "様式の版", example = "1") @Nullable String formVersion,
            @Schema(description = "誓約者の氏名") @Nullable String signer,
            @Schema(description = "誓約日（YYYY-MM-DD）", example = "2026-11-25") @Nullable String signedOn,
            @Schema(description = "同意した利用規約の版", example = "2021-04-01") @Nullable String agreedTermsVersion) {
    }

    /** What the portal may show of the facility (§17-2). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "PublicationChoice")
    public record Publication(
            @Schema(description = "参加施設一覧に掲載するか") @Nullable Boolean listed,
            @Schema(description = "公開する項目（name, kind, address, phone）") @Nullable List<String> fields) {
    }
}
