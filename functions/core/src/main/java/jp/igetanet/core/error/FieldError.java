package jp.igetanet.core.error;

import io.micronaut.serde.annotation.Serdeable;

/** One invalid input field: where it is (a JSON pointer-like name) and what is wrong with it, in Japanese. */
@Serdeable
public record FieldError(String field, String message) {
}
