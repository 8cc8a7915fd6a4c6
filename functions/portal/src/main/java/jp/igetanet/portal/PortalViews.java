package jp.igetanet.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.portal.Overview;
import jp.igetanet.core.portal.ServiceStatus;
import jp.igetanet.core.portal.TermsVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the portal shows of a network: its overview, its terms of use, its service status. */
public final class PortalViews {

    private PortalViews() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Overview")
    public record OverviewView(String networkId, String title, String body, long version, @Nullable Instant updatedAt) {
        static OverviewView from(Overview o) {
            return new OverviewView(o.networkId(), o.title(), o.body(), o.version(), o.updatedAt());
        }
    }

    /** One version of the terms, with the list of every published version, newest first. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Terms")
    public record TermsView(String networkId, @Schema(description = "版（施行日）") String version, LocalDate effectiveOn,
                            String title, String text, Instant publishedAt,
                            @Schema(description = "公表された版（新しい順、施行前の版を含む）") List<VersionEntry> versions) {
        static TermsView from(TermsVersion v, List<TermsVersion> all) {
            return new TermsView(v.networkId(), v.version(), v.effectiveOn(), v.title(), v.text(), v.publishedAt(),
                    all.stream().map(each -> new VersionEntry(each.version(), each.effectiveOn())).toList());
        }
    }

    @Serdeable
    @Schema(name = "TermsVersionEntry")
    public record VersionEntry(String version, LocalDate effectiveOn) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ServiceStatus")
    public record StatusView(String networkId, @Schema(description = "normal: 通常, suspended: 一時停止中") String state,
                             String stateLabel, @Nullable String reason, @Nullable Instant since,
                             @Nullable Instant expectedEnd, @Nullable Instant updatedAt) {
        static StatusView from(ServiceStatus s) {
            return new StatusView(s.networkId(), s.state(), s.suspended() ? "一時停止中" : "通常どおり", s.reason(),
                    s.since(), s.expectedEnd(), s.updatedAt());
        }
    }
}
