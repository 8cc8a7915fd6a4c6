package jp.igetanet.core.registration;

import java.util.List;
import java.util.Optional;

/** Stores facility applications; the operator lists them by status, oldest first. */
public interface Registrations {

    void create(RegistrationApplication application);

    Optional<RegistrationApplication> find(String applicationId);

    /**
     * Up to {@code limit} applications of a network in one status, oldest first, after the given position (the
     * id of the last one seen); fewer than {@code limit} means the end was reached.
     */
    List<RegistrationApplication> list(String networkId, RegistrationStatus status, Optional<String> afterId, int limit);

    /** Stores a decided application if nobody changed it since {@code expectedVersion}; fails with CONFLICT otherwise. */
    void update(RegistrationApplication application, long expectedVersion);
}
