package jp.igetanet.posting;

/**
 * The record's name for core's upload rules ({@link jp.igetanet.core.upload.Uploads}), which projects share: the
 * patient and attachment desks still call them by this name.
 */
final class Uploads extends jp.igetanet.core.upload.Uploads {

    private Uploads() {
    }
}
