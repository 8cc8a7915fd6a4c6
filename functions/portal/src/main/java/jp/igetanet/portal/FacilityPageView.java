package jp.igetanet.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of a network's facility directory. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FacilityPage")
public record FacilityPageView(
        NetworkView network,
        List<PublicFacilityView> items,
        @Schema(description = "次のページの cursor。最後のページでは含まれません。") @Nullable String nextCursor) {

    static FacilityPageView from(FacilityDirectory.DirectoryPage page) {
        return new FacilityPageView(
                new NetworkView(page.network().id(), page.network().name()),
                page.facilities().stream().map(PublicFacilityView::from).toList(),
                page.nextCursor());
    }

    /** The network the directory belongs to. */
    @Serdeable
    @Schema(name = "NetworkSummary")
    public record NetworkView(String id, String name) {
    }
}
