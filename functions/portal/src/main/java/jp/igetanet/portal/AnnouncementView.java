package jp.igetanet.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.portal.Announcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An announcement as the portal shows it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Announcement")
public record AnnouncementView(String id, String networkId, @Schema(description = "種別のコード") String kind,
                               String kindLabel, String title, String body,
                               @Schema(description = "サービス提供の中止日（中止のお知らせだけ）") @Nullable LocalDate serviceEndsOn,
                               Instant publishedAt, Instant updatedAt, long version) {

    static AnnouncementView from(Announcement a) {
        return new AnnouncementView(a.id(), a.networkId(), a.kind().code(), a.kind().label(), a.title(), a.body(),
                a.serviceEndsOn(), a.publishedAt(), a.updatedAt(), a.version());
    }

    /** A page of announcements, newest first; {@code nextCursor} reads on. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AnnouncementPage")
    public record Page(List<AnnouncementView> items, @Nullable String nextCursor) {
    }
}
