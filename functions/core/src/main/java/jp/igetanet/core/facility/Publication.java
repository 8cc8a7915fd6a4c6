package jp.igetanet.core.facility;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a facility shows the public (§17-2): whether it is listed in the directory at all, and which fields.
 * A facility may refuse publication of all or part of its data.
 */
public record Publication(boolean listed, Set<PublishedField> fields) {

    public Publication {
        fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
    }

    public static Publication everything() {
        return new Publication(true, EnumSet.allOf(PublishedField.class));
    }

    public static Publication hidden() {
        return new Publication(false, Set.of());
    }

    public boolean shows(PublishedField field) {
        return listed && fields.contains(field);
    }
}
