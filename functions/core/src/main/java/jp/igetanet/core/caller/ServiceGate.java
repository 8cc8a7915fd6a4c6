package jp.igetanet.core.caller;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.portal.PortalContent;
import jp.igetanet.core.portal.ServiceStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, Read> recent = new ConcurrentHashMap<>();

    public ServiceGate(PortalContent content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    /** Lets the caller through, or refuses with 503 while the caller's network is suspended. */
    public void admit(Caller caller) {
        if (caller.is(Role.OPERATOR)) {
            return;
        }
        Instant now = clock.instant();
        Read read = recent.get(caller.networkId());
        if (read == null || !read.at().plus(CallerResolver.MAX_STATUS_AGE).isAfter(now)) {
            read = new Read(content.status(caller.networkId()), now);
            recent.put(caller.networkId(), read);
        }
        if (read.status().suspended()) {
            throw new ApiException(ErrorCode.SERVICE_SUSPENDED, read.status().retryAfterSeconds(now));
        }
    }

    /** Drops what this instance remembers of a network's status, after its operator changed it. */
    public void forget(String networkId) {
        recent.remove(networkId);
    }

    private record Read(ServiceStatus status, Instant at) {
    }
}
