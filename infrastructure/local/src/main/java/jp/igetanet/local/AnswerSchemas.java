package jp.igetanet.local;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the schemas say which fields an answer always holds, by one rule instead of an annotation on every field.
 *
 * <p>micronaut-openapi marks a record component required unless it is {@code @Nullable} — but any {@code @Schema}
 * annotation without {@code requiredMode} drops it from {@code required}, so the generated lists said both too much
 * and too little. The views that answers are made of never write null (they are {@code @JsonInclude(NON_NULL)} or
 * {@code NON_EMPTY}, and serde's default leaves out nulls and empty lists), and every component that may be left out
 * is {@code @Nullable}. So in a schema that only answers use, a property is required exactly when it is not marked
 * nullable, and no property is nullable. Schemas of request bodies keep their own lists (a request's required
 * field is one the server refuses to go without).
 *
 * <p>Everywhere, {@code nullable} beside an {@code allOf} without {@code type} is dropped: OpenAPI 3.0.3 gives it
 * no effect there, and linters reject it. Such a property is optional instead.
 */
final class AnswerSchemas {

    private AnswerSchemas() {
    }

    @SuppressWarnings("unchecked")
    static void normalise(Map<String, Object> paths, Map<String, Object> schemas) {
        Set<String> answered = new HashSet<>();
        Set<String> requested = new HashSet<>();
        for (Object operations : paths.values()) {
            for (Object operation : ((Map<String, Object>) operations).values()) {
                if (operation instanceof Map<?, ?> map) {
                    answered.addAll(closure(map.get("responses"), schemas));
                    requested.addAll(closure(map.get("requestBody"), schemas));
                }
            }
        }
        schemas.forEach((name, schema) -> {
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) schema).get("properties");
            if (properties == null) {
                return;
            }
            boolean answerOnly = answered.contains(name) && !requested.contains(name);
            List<String> required = new ArrayList<>();
            properties.forEach((property, value) -> {
                Map<String, Object> propertySchema = (Map<String, Object>) value;
                boolean nullable = Boolean.TRUE.equals(propertySchema.get("nullable"));
                if (answerOnly) {
                    propertySchema.remove("nullable");
                    if (!nullable) {
                        required.add(property);
                    }
                } else if (nullable && propertySchema.containsKey("allOf") && !propertySchema.containsKey("type")) {
                    propertySchema.remove("nullable");
                }
                unwrap(propertySchema);
            });
            if (answerOnly) {
                if (required.isEmpty()) {
                    ((Map<String, Object>) schema).remove("required");
                } else {
                    ((Map<String, Object>) schema).put("required", required);
                }
            }
        });
    }

    /** An {@code allOf} of one reference and nothing beside it is that reference. */
    @SuppressWarnings("unchecked")
    private static void unwrap(Map<String, Object> propertySchema) {
        if (propertySchema.size() == 1 && propertySchema.get("allOf") instanceof List<?> allOf && allOf.size() == 1) {
            Map<String, Object> only = (Map<String, Object>) allOf.getFirst();
            propertySchema.clear();
            propertySchema.putAll(only);
        }
    }

    /** The names of the component schemas that a part of the document refers to, directly or through others. */
    @SuppressWarnings("unchecked")
    private static Set<String> closure(Object part, Map<String, Object> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(part == null ? Map.of() : part);
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if ("$ref".equals(entry.getKey()) && entry.getValue() instanceof String ref
                            && ref.startsWith("#/components/schemas/")) {
                        String name = ref.substring("#/components/schemas/".length());
                        if (names.add(name) && schemas.containsKey(name)) {
                            todo.push(schemas.get(name));
                        }
                    } else {
                        todo.push(entry.getValue());
                    }
                }
            } else if (next instanceof List<?> list) {
                ((List<Object>) list).forEach(todo::push);
            }
        }
        return names;
    }
}
