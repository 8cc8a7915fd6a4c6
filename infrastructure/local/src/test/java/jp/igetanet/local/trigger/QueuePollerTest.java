package jp.igetanet.local.trigger;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QueuePollerTest {

    private static final String QUEUE_ARN = "arn:aws:sqs:ap-northeast-1:000000000000:igetanet-local-withdrawals";

    private static Message aMessage(String id) {
        return Message.builder()
                .messageId(id)
                .receiptHandle("receipt-" + id)
                .body("{\"withdrawalId\":\"01KZZZZZZZZZZZZZZZZZZZZZZZ\"}")
                .md5OfBody("ea0f5cf6d13b97ba53492091c1016a14")
                .attributes(Map.of(
                        MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "2",
                        MessageSystemAttributeName.SENT_TIMESTAMP, "1795600000000",
                        MessageSystemAttributeName.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP, "1795600000012"))
                .build();
    }

    private static SQSBatchResponse failures(String... ids) {
        return SQSBatchResponse.builder().withBatchItemFailures(java.util.Arrays.stream(ids)
                .map(id -> SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(id).build())
                .toList()).build();
    }

    @Test
    void theEventCarriesEachMessageAsLambdaHandsItOver() {
        SQSEvent event = QueuePoller.event(List.of(aMessage("m1"), aMessage("m2")), QUEUE_ARN);

        assertEquals(List.of("m1", "m2"), event.getRecords().stream().map(SQSEvent.SQSMessage::getMessageId).toList());
        SQSEvent.SQSMessage first = event.getRecords().getFirst();
        assertEquals("receipt-m1", first.getReceiptHandle());
        assertEquals("{\"withdrawalId\":\"01KZZZZZZZZZZZZZZZZZZZZZZZ\"}", first.getBody());
        assertEquals("ea0f5cf6d13b97ba53492091c1016a14", first.getMd5OfBody());
        assertEquals("aws:sqs", first.getEventSource());
        assertEquals(QUEUE_ARN, first.getEventSourceArn());
        assertEquals("ap-northeast-1", first.getAwsRegion());
        assertEquals(Map.of("ApproximateReceiveCount", "2", "SentTimestamp", "1795600000000",
                "ApproximateFirstReceiveTimestamp", "1795600000012"), first.getAttributes());
        assertEquals(Map.of(), first.getMessageAttributes());
    }

    @Test
    void messageAttributesKeepTheirTypesAndValues() {
        Message message = aMessage("m1").toBuilder().messageAttributes(Map.of(
                "kind", MessageAttributeValue.builder().dataType("String").stringValue("continuation").build(),
                "blob", MessageAttributeValue.builder().dataType("Binary")
                        .binaryValue(SdkBytes.fromString("x", StandardCharsets.UTF_8)).build())).build();

        Map<String, SQSEvent.MessageAttribute> attributes =
                QueuePoller.event(List.of(message), QUEUE_ARN).getRecords().getFirst().getMessageAttributes();

        assertEquals("String", attributes.get("kind").getDataType());
        assertEquals("continuation", attributes.get("kind").getStringValue());
        assertNull(attributes.get("kind").getBinaryValue());
        assertEquals("Binary", attributes.get("blob").getDataType());
        assertEquals("x", StandardCharsets.UTF_8.decode(attributes.get("blob").getBinaryValue()).toString());
    }

    @Test
    void onlyTheReportedMessagesFail() {
        assertEquals(Set.of("m2"), QueuePoller.reportedFailures(true, failures("m2"),
                List.of(aMessage("m1"), aMessage("m2"), aMessage("m3"))));
    }

    @Test
    void aReturnWithoutAReportMeansEveryMessageWasHandled() {
        List<Message> batch = List.of(aMessage("m1"), aMessage("m2"));
        assertEquals(Set.of(), QueuePoller.reportedFailures(true, null, batch));
        assertEquals(Set.of(), QueuePoller.reportedFailures(true, failures(), batch));
        assertEquals(Set.of(), QueuePoller.reportedFailures(true, "done", batch));
    }

    @Test
    void aReportNamingAMessageOutsideTheBatchFailsTheWholeBatch() {
        assertEquals(Set.of("m1", "m2"), QueuePoller.reportedFailures(true, failures("m1", "elsewhere"),
                List.of(aMessage("m1"), aMessage("m2"))));
    }

    @Test
    void withoutReportBatchItemFailuresTheReportIsIgnored() {
        assertEquals(Set.of(), QueuePoller.reportedFailures(false, failures("m1"), List.of(aMessage("m1"))));
    }
}
