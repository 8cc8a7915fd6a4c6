package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.project.Attendance;
import jp.igetanet.core.project.AttendanceAnswer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a member's {@link AttendanceAnswer} to an event to its item and back. */
final class AttendanceAnswerItems {

    private AttendanceAnswerItems() {
    }

    static Map<String, AttributeValue> toItem(AttendanceAnswer answer) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.attendanceAnswer(answer.projectId(), answer.postId(),
                answer.userId()));
        item.put("type", s("attendance-answer"));
        item.put("projectId", s(answer.projectId()));
        item.put("postId", s(answer.postId()));
        item.put("userId", s(answer.userId()));
        putIfPresent(item, "name", answer.name());
        putIfPresent(item, "facilityName", answer.facilityName());
        item.put("attendance", s(answer.attendance().code()));
        item.put("answeredAt", instant(answer.answeredAt()));
        item.put(Keys.EXPIRES_AT, n(answer.expiresAt().getEpochSecond()));
        return item;
    }

    static AttendanceAnswer fromItem(Map<String, AttributeValue> item) {
        return new AttendanceAnswer(string(item, "projectId"), string(item, "postId"), string(item, "userId"),
                string(item, "name"), string(item, "facilityName"),
                Attendance.fromCode(string(item, "attendance")).orElse(Attendance.ABSENT),
                instant(item, "answeredAt"), Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT)));
    }
}
