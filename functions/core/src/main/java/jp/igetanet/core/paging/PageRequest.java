package jp.igetanet.core.paging;

import jp.igetanet.core.error.Validation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list as a client asked for it: the position it starts after (decoded from the client's cursor, if
 * any) and how many items it holds. Each paged route names its {@link Sizes}; the rules of {@code limit} live here.
 *
 * @param <P> the position a cursor stands for: an id, or a route's own sort key
 */
public record PageRequest<P>(Optional<P> after, int limit) {

    /** One route's page sizes: how many items a page holds when the client names no limit, and the most it may name. */
    public record Sizes(int defaultSize, int maxSize) {

        /**
         * Checks the client's {@code limit} with the route's other fields: absent, or from 1 to {@code maxSize}
         * (else 400 {@code VALIDATION_FAILED} naming {@code limit}).
         */
        public Validation check(Validation validation, Integer limit) {
            return validation.checkPageSize(limit, maxSize);
        }

        /** The page after the id a one-part cursor holds; a cursor of another shape is a 400 {@code INVALID_CURSOR}. */
        public PageRequest<String> request(String cursor, Integer limit) {
            return request(cursor, limit, 1, List::getFirst);
        }

        /**
         * The page after the position that a cursor of {@code parts} parts stands for; a cursor of another shape is a
         * 400 {@code INVALID_CURSOR}, and so may be one that {@code position} refuses.
         */
        public <P> PageRequest<P> request(String cursor, Integer limit, int parts, Function<List<String>, P> position) {
            check(new Validation(), limit).throwIfInvalid();
            Optional<P> after = Optional.ofNullable(cursor).map(value -> position.apply(Cursor.decode(value, parts)));
            return new PageRequest<>(after, limit == null ? defaultSize : limit);
        }
    }
}
