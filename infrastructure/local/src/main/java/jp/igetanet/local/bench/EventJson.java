package jp.igetanet.local.bench;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a Lambda event's JSON (a file of events/) into the runtime's event type as the Lambda Java runtime does:
 * property names as AWS writes them ({@code Records}, {@code eventSourceARN}, {@code detail-type}), times as the Joda
 * {@code DateTime} of the event types, unknown properties ignored.
 */
public final class EventJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .addMixIn(ScheduledEvent.class, ScheduledEventNames.class)
            .addModule(new SimpleModule().addDeserializer(DateTime.class, new JsonDeserializer<>() {
                @Override
                public DateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    return new DateTime(parser.getValueAsString(), DateTimeZone.UTC);
                }
            }))
            .build();

    private EventJson() {
    }

    public static <T> T read(Path file, Class<T> type) throws IOException {
        return JSON.readValue(file.toFile(), type);
    }

    /** EventBridge's hyphenated name for the event's detail type. */
    private abstract static class ScheduledEventNames {
        @JsonProperty("detail-type")
        abstract void setDetailType(String detailType);
    }
}
