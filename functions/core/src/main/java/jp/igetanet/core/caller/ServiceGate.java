package jp.igetanet.core.caller;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.portal.PortalContent;
import jp.igetanet.core.portal.ServiceStatus;
import jp.igetanet.core.time.Recent;

import java.time.Clock;

/**
 * Temporary suspension of the service (§25): while the operator of a network has it suspended, its users get 503
 * {@code SERVICE_SUSPENDED} with {@code Retry-After} on every signed-in route; the operator keeps working, and the
 * portal's public routes never ask. A network's status is read at most every few seconds per function instance,
 * like the callers' own status.
 */
@Singleton
public class ServiceGate {

    private final PortalContent content;
    private final Clock clock;
    private final Recent<ServiceStatus> statuses;

    public ServiceGate(PortalContent content, Clock clock) {
        this.content = content;
        this.clock = clock;
        this.statuses = new Recent<>(clock, CallerResolver.MAX_STATUS_AGE);
    }

    /** Lets the caller through, or refuses with 503 while the caller's network is suspended. */
    public void admit(Caller caller) {
        if (caller.is(Role.OPERATOR)) {
            return;
        }
        ServiceStatus status = statuses.get(caller.networkId(), content::status);
        if (status.suspended()) {
            throw new ApiException(ErrorCode.SERVICE_SUSPENDED, status.retryAfterSeconds(clock.instant()));
        }
    }

    /** Drops what this instance remembers of a network's status, after its operator changed it. */
    public void forget(String networkId) {
        statuses.forget(networkId);
    }
}
