package jp.igetanet.core.facility;

/** A facility as it sits in a network's directory, with its position for paging. */
public record DirectoryEntry(Facility facility, DirectoryPosition position) {
}
