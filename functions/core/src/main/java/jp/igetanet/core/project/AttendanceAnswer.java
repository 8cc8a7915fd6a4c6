package jp.igetanet.core.project;

import java.time.Instant;

/** A member's answer to an event, with their name and facility as they were then; kept as long as the post. */
public record AttendanceAnswer(String projectId, String postId, String userId, String name, String facilityName,
                               Attendance attendance, Instant answeredAt, Instant expiresAt) {
}
