package jp.igetanet.core.facility;

/**
 * The order of a network's public directory: by normalised kana reading, then id. A facility that hides its
 * name sorts after all named ones, so that the order reveals nothing about the hidden name.
 */
public final class DirectoryOrder {

    private static final String HIDDEN_NAME = "\uFFFF";

    private DirectoryOrder() {
    }

    public static String sortKey(Facility facility) {
        String reading = facility.publication().shows(PublishedField.NAME)
                ? KanaReading.normalize(facility.kana())
                : HIDDEN_NAME;
        return reading + "#" + facility.id();
    }
}
