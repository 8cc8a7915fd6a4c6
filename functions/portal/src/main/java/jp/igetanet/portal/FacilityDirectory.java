package jp.igetanet.portal;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.DirectoryEntry;
import jp.igetanet.core.facility.DirectoryPosition;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.KanaReading;
import jp.igetanet.core.facility.PublishedField;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.Network;
import jp.igetanet.core.network.Networks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public directory of participating facilities (§17): only active facilities that chose to be listed, and
 * of each only the fields it chose to publish (§17-2). Searching and filtering see published fields only, so a
 * hidden name or kind cannot be found out by searching for it.
 */
@Singleton
public class FacilityDirectory {

    /** Directory items read per DynamoDB query while filling a page. */
    static final int BATCH = 50;
    /** Queries one request may make before it returns a partial page and a cursor. */
    static final int MAX_QUERIES = 10;

    private final Facilities facilities;
    private final Networks networks;

    public FacilityDirectory(Facilities facilities, Networks networks) {
        this.facilities = facilities;
        this.networks = networks;
    }

    public DirectoryPage search(DirectoryQuery query) {
        Network network = networks.find(query.networkId())
                .orElseThrow(() -> new ApiException(ErrorCode.NETWORK_NOT_FOUND));
        List<Facility> found = new ArrayList<>();
        DirectoryPosition position = query.after().orElse(null);
        boolean more = true;
        for (int queries = 0; more && found.size() < query.pageSize() && queries < MAX_QUERIES; queries++) {
            List<DirectoryEntry> batch = facilities.directory(network.id(), position, BATCH);
            int read = 0;
            for (; read < batch.size() && found.size() < query.pageSize(); read++) {
                position = batch.get(read).position();
                if (matches(batch.get(read).facility(), query)) {
                    found.add(batch.get(read).facility());
                }
            }
            // More may follow if the index had a full batch for us or the page filled before the batch ended.
            more = batch.size() == BATCH || read < batch.size();
        }
        String nextCursor = more && position != null ? DirectoryQuery.cursorAfter(network.id(), position) : null;
        return new DirectoryPage(network, found, nextCursor);
    }

    public Facility find(String facilityId) {
        return Optional.ofNullable(facilityId)
                .filter(SortableIds::isWellFormed)
                .flatMap(facilities::find)
                .filter(Facility::isInDirectory)
                .orElseThrow(() -> new ApiException(ErrorCode.FACILITY_NOT_FOUND));
    }

    private static boolean matches(Facility facility, DirectoryQuery query) {
        boolean kindMatches = query.kind()
                .map(kind -> facility.publication().shows(PublishedField.KIND) && facility.kind() == kind)
                .orElse(true);
        boolean textMatches = query.text().isEmpty()
                || facility.publication().shows(PublishedField.NAME)
                && (KanaReading.normalize(facility.name()).contains(query.text())
                || KanaReading.normalize(facility.kana()).contains(query.text()));
        return kindMatches && textMatches;
    }

    /** One page of the directory. */
    public record DirectoryPage(Network network, List<Facility> facilities, String nextCursor) {
    }
}
