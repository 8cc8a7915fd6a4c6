package jp.igetanet.core.project;

import java.util.Arrays;
import java.util.Optional;

/** What a member may do in a project beyond posting and reading. */
public enum ProjectRole {
    /** The one responsible for the project: appoints administrators and hands the ownership on; cannot leave. */
    OWNER("owner", "オーナー"),
    /** Adds and removes members, changes the project, pins posts. */
    ADMINISTRATOR("administrator", "管理者"),
    MEMBER("member", "メンバー");

    private final String code;
    private final String label;

    ProjectRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether this role administers the project: the owner and administrators. */
    public boolean administers() {
        return this != MEMBER;
    }

    public static Optional<ProjectRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
