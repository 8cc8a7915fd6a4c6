package jp.igetanet.local.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Order-preserving unmodifiable copies (Map.copyOf loses the template's order). */
final class Immutables {

    private Immutables() {
    }

    static <K, V> Map<K, V> map(Map<K, V> source) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
