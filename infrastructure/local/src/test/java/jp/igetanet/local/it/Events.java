package jp.igetanet.local.it;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The sample events of {@code events/}, read the way the Lambda runtime reads an event. */
public final class Events {

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Events() {
    }

    public static APIGatewayV2HTTPEvent load(String name) {
        try {
            return JSON.readValue(SharedSystem.projectRoot().resolve("events").resolve(name).toFile(),
                    APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same request made by another demo user. */
    public static APIGatewayV2HTTPEvent as(String userId, APIGatewayV2HTTPEvent event) {
        java.util.Map<String, String> claims = new java.util.HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("username", userId);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    /** The same route on another resource: the path and its one path parameter. */
    public static APIGatewayV2HTTPEvent at(APIGatewayV2HTTPEvent event, String rawPath, String parameter, String value) {
        event.setRawPath(rawPath);
        event.getRequestContext().getHttp().setPath(rawPath);
        event.setPathParameters(java.util.Map.of(parameter, value));
        return event;
    }

    public static JsonNode body(APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path folder() {
        return SharedSystem.projectRoot().resolve("events");
    }
}
