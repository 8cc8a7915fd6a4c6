package jp.igetanet.core.account;

import java.util.Optional;

/** Stores the pledges 様式第2 received for user IDs. */
public interface UserPledges {

    void create(UserPledge pledge);

    Optional<UserPledge> find(String userId);
}
