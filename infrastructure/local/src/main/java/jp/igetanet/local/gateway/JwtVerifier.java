package jp.igetanet.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Does what API Gateway's JWT authorizer does: checks an RS256 token's signature against the issuer's JWKS,
 * its issuer, its expiry and not-before, and that its {@code aud} (ID token) or {@code client_id} (access token)
 * is one of the configured audiences; then hands over the claims as strings, arrays as {@code [a b]}, as API
 * Gateway does in payload 2.0.
 */
public final class JwtVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder B64 = Base64.getUrlDecoder();

    private final String issuer;
    private final List<String> audiences;
    private final URI jwks;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

    public JwtVerifier(String issuer, List<String> audiences, URI jwks, Clock clock) {
        this.issuer = issuer;
        this.audiences = List.copyOf(audiences);
        this.jwks = jwks;
        this.clock = clock;
    }

    /** The claims of a valid token; empty for anything else (missing, malformed, forged, expired, foreign). */
    public Optional<Map<String, String>> verify(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : authorization.trim();
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode header = JSON.readTree(B64.decode(parts[0]));
            JsonNode payload = JSON.readTree(B64.decode(parts[1]));
            if (!"RS256".equals(header.path("alg").asText()) || !payload.isObject()) {
                return Optional.empty();
            }
            PublicKey key = key(header.path("kid").asText());
            if (key == null || !signatureValid(key, parts)) {
                return Optional.empty();
            }
            return valid(payload) ? Optional.of(claims(payload)) : Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private boolean valid(JsonNode payload) {
        long now = clock.instant().getEpochSecond();
        if (!issuer.equals(payload.path("iss").asText())) {
            return false;
        }
        if (!payload.path("exp").canConvertToLong() || payload.path("exp").asLong() <= now) {
            return false;
        }
        if (payload.has("nbf") && payload.path("nbf").asLong() > now) {
            return false;
        }
        JsonNode aud = payload.has("aud") ? payload.path("aud") : payload.path("client_id");
        if (aud.isArray()) {
            for (JsonNode value : aud) {
                if (audiences.contains(value.asText())) {
                    return true;
                }
            }
            return false;
        }
        return audiences.contains(aud.asText());
    }

    private static boolean signatureValid(PublicKey key, String[] parts) throws GeneralSecurityException {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(B64.decode(parts[2]));
    }

    private PublicKey key(String kid) throws java.io.IOException, GeneralSecurityException {
        PublicKey key = keys.get(kid);
        if (key == null) {
            // Unknown key id: the issuer may have rotated its keys, so read the JWKS again once.
            loadKeys();
            key = keys.get(kid);
        }
        return key;
    }

    private synchronized void loadKeys() throws java.io.IOException, GeneralSecurityException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(jwks).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (response.statusCode() != 200) {
            return;
        }
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        for (JsonNode jwk : JSON.readTree(response.body()).path("keys")) {
            if ("RSA".equals(jwk.path("kty").asText())) {
                BigInteger modulus = new BigInteger(1, B64.decode(jwk.path("n").asText()));
                BigInteger exponent = new BigInteger(1, B64.decode(jwk.path("e").asText()));
                keys.put(jwk.path("kid").asText(), rsa.generatePublic(new RSAPublicKeySpec(modulus, exponent)));
            }
        }
    }

    private static Map<String, String> claims(JsonNode payload) {
        Map<String, String> claims = new LinkedHashMap<>();
        payload.properties().forEach(entry -> claims.put(entry.getKey(), claimText(entry.getValue())));
        return claims;
    }

    private static String claimText(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new java.util.ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return items.stream().collect(Collectors.joining(" ", "[", "]"));
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
