package jp.igetanet.core.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem document with the stable code and the invalid fields. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, @Nullable String instance, String code,
                      @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, String instance, List<FieldError> errors) {
        return new Problem(code.type(), code.title(), code.status(), code.defaultDetail(), instance, code.name(), errors);
    }
}
