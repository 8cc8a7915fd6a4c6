package jp.igetanet.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.PublishedField;

/** A facility as the public sees it: every field it did not publish is absent (§17-2). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PublicFacility", description = "公開されている施設情報。非公開の項目は含まれません。")
public record PublicFacilityView(
        @Schema(description = "施設ID") String id,
        @Schema(description = "施設名") @Nullable String name,
        @Schema(description = "施設名のよみがな") @Nullable String kana,
        @Schema(description = "施設の種別コード", example = "clinic") @Nullable String kind,
        @Schema(description = "施設の種別", example = "診療所") @Nullable String kindLabel,
        @Schema(description = "郵便番号") @Nullable String postalCode,
        @Schema(description = "住所") @Nullable String address,
        @Schema(description = "電話番号") @Nullable String phone) {

    static PublicFacilityView from(Facility facility) {
        boolean name = facility.publication().shows(PublishedField.NAME);
        boolean kind = facility.publication().shows(PublishedField.KIND);
        boolean address = facility.publication().shows(PublishedField.ADDRESS);
        boolean phone = facility.publication().shows(PublishedField.PHONE);
        return new PublicFacilityView(
                facility.id(),
                name ? facility.name() : null,
                name ? facility.kana() : null,
                kind ? facility.kind().code() : null,
                kind ? facility.kind().label() : null,
                address ? facility.postalCode() : null,
                address ? facility.address() : null,
                phone ? facility.phone() : null);
    }
}
