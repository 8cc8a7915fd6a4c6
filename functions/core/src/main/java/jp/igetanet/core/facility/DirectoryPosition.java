package jp.igetanet.core.facility;

/** Where a page of the public directory ends: the sort key of the last facility shown and its id. */
public record DirectoryPosition(String sortKey, String facilityId) {
}
