package jp.igetanet.core.portal;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a network's terms of use: named by the day it takes effect (§31). */
public record TermsVersion(String networkId, LocalDate effectiveOn, String title, String text, Instant publishedAt,
                           String publishedBy) {

    public String version() {
        return effectiveOn.toString();
    }
}
