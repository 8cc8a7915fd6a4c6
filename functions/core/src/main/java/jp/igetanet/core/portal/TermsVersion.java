package jp.igetanet.core.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One version of a network's terms of use: named by the day it takes effect (§31). */
public record TermsVersion(String networkId, LocalDate effectiveOn, String title, String text, Instant publishedAt,
                           String publishedBy) {

    public String version() {
        return effectiveOn.toString();
    }

    /** Of these versions, newest first, the one in force on {@code day}: the newest whose effective day has come. */
    public static Optional<TermsVersion> inForce(List<TermsVersion> newestFirst, LocalDate day) {
        return newestFirst.stream().filter(version -> !version.effectiveOn().isAfter(day)).findFirst();
    }
}
