package jp.igetanet.core.project;

import java.util.Arrays;
import java.util.Optional;

/** How people become members of a project. */
public enum Admission {
    /** Any user of the project's network joins by themselves; the network's users find it in the list of open ones. */
    OPEN("open", "参加自由"),
    /** Only the owner and the project's administrators add members. */
    INVITATION("invitation", "招待制"),
    /** Every active user of the network is a member; only the network's operators create such projects. */
    NETWORK("network", "地域の全利用者");

    private final String code;
    private final String label;

    Admission(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Admission> fromCode(String code) {
        return Arrays.stream(values()).filter(admission -> admission.code.equals(code)).findFirst();
    }
}
