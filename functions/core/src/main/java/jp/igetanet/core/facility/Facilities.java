package jp.igetanet.core.facility;

import java.util.List;
import java.util.Optional;

/** Stores facilities and keeps each network's public directory in kana order. */
public interface Facilities {

    Optional<Facility> find(String facilityId);

    /**
     * Stores a new facility; its directory entry follows its status and publication choices.
     * Fails with {@code CONFLICT} if the id is taken: nothing is overwritten.
     */
    void create(Facility facility);

    /**
     * Replaces a facility if nobody changed it since {@code expectedVersion} (optimistic locking, §27-1(8));
     * fails with CONFLICT otherwise. Its directory entry follows the new status and publication choices.
     */
    void update(Facility facility, long expectedVersion);

    /**
     * Up to {@code limit} directory entries of a network in kana order, starting after {@code after}
     * (from the beginning when null). Fewer than {@code limit} means the end was reached.
     */
    List<DirectoryEntry> directory(String networkId, DirectoryPosition after, int limit);
}
