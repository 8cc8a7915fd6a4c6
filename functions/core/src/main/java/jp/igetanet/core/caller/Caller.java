package jp.igetanet.core.caller;

import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.facility.Facility;

/**
 * The signed-in user behind a request, resolved from the token's claims and checked against the stored account:
 * active user of an active facility. Desks get it inside an {@link Acting}, with the request it acts in; the
 * access gates take it alone.
 */
public record Caller(UserAccount account, Facility facility) {

    public String userId() {
        return account.userId();
    }

    public String facilityId() {
        return account.facilityId();
    }

    public String networkId() {
        return account.networkId();
    }

    public Role role() {
        return account.role();
    }

    public boolean is(Role role) {
        return account.role() == role;
    }
}
