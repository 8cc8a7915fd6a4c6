package jp.igetanet.core.account;

import java.util.Optional;

/** Stores user accounts. */
public interface UserAccounts {

    Optional<UserAccount> find(String userId);

    /** Stores a new account; fails with {@code CONFLICT} if the id is taken. */
    void create(UserAccount account);
}
