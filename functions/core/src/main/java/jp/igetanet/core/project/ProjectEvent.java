package jp.igetanet.core.project;

import java.time.Instant;

/**
 * The date, place and online-meeting link a post may carry (a training session, a community care meeting), which
 * members answer with attend or not. {@code endsAt} and {@code place} or {@code onlineUrl} may be absent.
 */
public record ProjectEvent(Instant startsAt, Instant endsAt, String place, String onlineUrl) {

    /** Answers are taken until the event is over: its end, or its start when it names no end. */
    public boolean takesAnswersAt(Instant now) {
        return now.isBefore(endsAt == null ? startsAt : endsAt);
    }
}
