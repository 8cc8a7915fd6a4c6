package jp.igetanet.core.account;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do beyond their own work, matching the Cognito groups declared in template.yaml. */
public enum Role {
    /** サービス運用者・事務局 (§3): accounts, facilities, portal, audit; not clinical content. */
    OPERATOR("operator", "事務局"),
    /** 施設責任者 (§4-2): the facility's data and its staff's IDs. */
    FACILITY_ADMIN("facility_admin", "施設責任者"),
    /** システム利用者 (§5). */
    MEMBER("member", "利用者");

    private final String group;
    private final String label;

    Role(String group, String label) {
        this.group = group;
        this.label = label;
    }

    /** The Cognito group name, also the code in the API. */
    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> fromGroup(String group) {
        return Arrays.stream(values()).filter(role -> role.group.equals(group)).findFirst();
    }
}
