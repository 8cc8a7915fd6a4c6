package jp.igetanet.core.portal;

import java.util.List;
import java.util.Optional;

/** The portal's announcements, per network, newest first. */
public interface Announcements {

    void create(Announcement announcement);

    Optional<Announcement> find(String announcementId);

    /** Replaces it if nobody changed it since {@code expectedVersion}; CONFLICT otherwise. */
    void update(Announcement announcement, long expectedVersion);

    /** Withdraws it from the portal; false when it was not there. */
    boolean withdraw(String announcementId);

    /** A network's announcements newest first, of one kind if given, after {@code afterId} if given. */
    List<Announcement> ofNetwork(String networkId, Optional<AnnouncementKind> kind, Optional<String> afterId, int limit);
}
