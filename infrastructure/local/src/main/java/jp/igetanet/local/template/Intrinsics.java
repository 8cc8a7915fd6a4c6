package jp.igetanet.local.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates CloudFormation intrinsic functions (Ref, Fn::Sub, Fn::GetAtt, Fn::Join, Fn::Select, Fn::Split, Fn::If
 * and conditions, Fn::FindInMap, Fn::Base64, Fn::GetAZs) against parameter values, the local pseudo parameters and the
 * physical ids the caller knows. Like {@code sam local}, a Ref to a resource without a physical id yields its logical id.
 */
public final class Intrinsics {

    public static final String REGION = "ap-northeast-1";
    public static final String ACCOUNT_ID = "000000000000";
    public static final String PARTITION = "aws";
    public static final String STACK_NAME = "igetanet-local";

    /** Marker for AWS::NoValue: removed from the enclosing map or list. */
    private static final Object NO_VALUE = new Object();
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    /** Physical ids and attributes the caller knows (tables, buckets, pools created locally). */
    public interface PhysicalIds {
        /** The physical id that {@code Ref} yields for a resource. */
        Optional<String> ref(String logicalId);

        /** An attribute the caller knows better than the fabricated default (e.g. a local ProviderURL). */
        default Optional<String> attribute(String logicalId, String attribute) {
            return Optional.empty();
        }

        static PhysicalIds of(Map<String, String> refs) {
            Map<String, String> copy = Map.copyOf(refs);
            return logicalId -> Optional.ofNullable(copy.get(logicalId));
        }
    }

    private final SamTemplate template;
    private final Map<String, String> parameterOverrides;
    private final PhysicalIds physicalIds;
    private final Map<String, String> resourceTypes;

    public Intrinsics(SamTemplate template, Map<String, String> parameterOverrides, PhysicalIds physicalIds) {
        this.template = Objects.requireNonNull(template);
        this.parameterOverrides = Map.copyOf(parameterOverrides);
        this.physicalIds = Objects.requireNonNull(physicalIds);
        this.resourceTypes = template.resourceTypes();
        for (String name : parameterOverrides.keySet()) {
            if (!template.parameters().containsKey(name)) {
                throw new IllegalArgumentException("the template has no parameter " + name);
            }
        }
    }

    /** Resolves an expression to plain strings, lists and maps (AWS::NoValue entries removed). */
    public Object resolve(Object expression) {
        Object value = evaluate(expression);
        return value == NO_VALUE ? null : value;
    }

    /** Resolves an expression that must yield a scalar (numbers and booleans are written as text). */
    public String resolveString(Object expression) {
        Object value = resolve(expression);
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new IllegalArgumentException("not a string: " + expression + " → " + value);
    }

    /** Resolves an expression that yields a list (or a comma-separated string, as CommaDelimitedList). */
    public List<String> resolveList(Object expression) {
        Object value = resolve(expression);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value == null) {
            return List.of();
        }
        return splitList(String.valueOf(value));
    }

    /** Resolves every value of a function's environment; lists become comma-separated, NoValue entries vanish. */
    public Map<String, String> resolveEnvironment(Map<String, Object> environment) {
        Map<String, String> resolved = new LinkedHashMap<>();
        environment.forEach((name, expression) -> {
            Object value = resolve(expression);
            if (value instanceof List<?> list) {
                resolved.put(name, String.join(",", list.stream().map(String::valueOf).toList()));
            } else if (value != null) {
                resolved.put(name, resolveString(value));
            }
        });
        return resolved;
    }

    /** The value of a parameter: the override, else the default. */
    public Object parameter(String name) {
        ParameterSpec parameter = template.parameters().get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        String value = Optional.ofNullable(parameterOverrides.get(name)).or(parameter::defaultValue)
                .orElseThrow(() -> new IllegalArgumentException("parameter " + name + " has no value and no default"));
        return parameter.isList() ? splitList(value) : value;
    }

    private static List<String> splitList(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split("\\s*,\\s*"));
    }

    // ------------------------------------------------------------------ evaluation

    private Object evaluate(Object expression) {
        if (expression instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                Object key = map.keySet().iterator().next();
                if (key instanceof String name && (name.equals("Ref") || name.startsWith("Fn::"))) {
                    return function(name, map.get(name));
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                Object evaluated = evaluate(value);
                if (evaluated != NO_VALUE) {
                    result.put(String.valueOf(key), evaluated);
                }
            });
            return result;
        }
        if (expression instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            for (Object item : list) {
                Object evaluated = evaluate(item);
                if (evaluated != NO_VALUE) {
                    result.add(evaluated);
                }
            }
            return result;
        }
        return expression;
    }

    private Object function(String name, Object argument) {
        return switch (name) {
            case "Ref" -> ref(text(evaluate(argument)));
            case "Fn::Sub" -> sub(argument);
            case "Fn::GetAtt" -> getAtt(argument);
            case "Fn::Join" -> {
                List<Object> args = arguments(name, argument, 2);
                List<String> parts = asList(evaluate(args.get(1))).stream().map(this::text).toList();
                yield String.join(text(evaluate(args.get(0))), parts);
            }
            case "Fn::Select" -> {
                List<Object> args = arguments(name, argument, 2);
                yield asList(evaluate(args.get(1))).get(Integer.parseInt(text(evaluate(args.get(0)))));
            }
            case "Fn::Split" -> {
                List<Object> args = arguments(name, argument, 2);
                yield List.of(text(evaluate(args.get(1))).split(Pattern.quote(text(evaluate(args.get(0)))), -1));
            }
            case "Fn::If" -> {
                List<Object> args = arguments(name, argument, 3);
                yield evaluate(condition(text(args.get(0))) ? args.get(1) : args.get(2));
            }
            case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or" -> truth(Map.of(name, argument));
            case "Fn::FindInMap" -> {
                List<Object> args = arguments(name, argument, 3);
                Map<String, Object> top = SamTemplate.Raw.map(template.mappings().get(text(evaluate(args.get(0)))));
                Map<String, Object> second = SamTemplate.Raw.map(top.get(text(evaluate(args.get(1)))));
                Object value = second.get(text(evaluate(args.get(2))));
                if (value == null) {
                    throw new IllegalArgumentException("Fn::FindInMap found nothing for " + args);
                }
                yield value;
            }
            case "Fn::Base64" -> Base64.getEncoder()
                    .encodeToString(text(evaluate(argument)).getBytes(StandardCharsets.UTF_8));
            case "Fn::GetAZs" -> List.of(REGION + "a", REGION + "c", REGION + "d");
            case "Fn::ImportValue" -> "import-" + text(evaluate(argument));
            default -> throw new UnsupportedOperationException(name + " is not supported by the local runner");
        };
    }

    private Object ref(String name) {
        return switch (name) {
            case "AWS::Region" -> REGION;
            case "AWS::AccountId" -> ACCOUNT_ID;
            case "AWS::Partition" -> PARTITION;
            case "AWS::StackName" -> STACK_NAME;
            case "AWS::StackId" -> "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT_ID + ":stack/" + STACK_NAME
                    + "/00000000-0000-0000-0000-000000000000";
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::NotificationARNs" -> List.of();
            case "AWS::NoValue" -> NO_VALUE;
            default -> {
                if (template.parameters().containsKey(name)) {
                    yield parameter(name);
                }
                if (!resourceTypes.containsKey(name)) {
                    throw new IllegalArgumentException("Ref to unknown parameter or resource " + name);
                }
                yield physicalIds.ref(name).orElse(name);
            }
        };
    }

    private String getAtt(Object argument) {
        List<Object> args = argument instanceof String dotted
                ? List.of(dotted.substring(0, dotted.indexOf('.')), dotted.substring(dotted.indexOf('.') + 1))
                : arguments("Fn::GetAtt", argument, 2);
        return attribute(text(evaluate(args.get(0))), text(evaluate(args.get(1))));
    }

    private String attribute(String logicalId, String attribute) {
        String type = resourceTypes.get(logicalId);
        if (type == null) {
            throw new IllegalArgumentException("Fn::GetAtt of unknown resource " + logicalId);
        }
        Optional<String> known = physicalIds.attribute(logicalId, attribute);
        if (known.isPresent()) {
            return known.get();
        }
        String id = text(ref(logicalId));
        String regionAccount = REGION + ":" + ACCOUNT_ID;
        return switch (attribute) {
            case "Arn" -> switch (type) {
                case "AWS::DynamoDB::Table" -> "arn:aws:dynamodb:" + regionAccount + ":table/" + id;
                case "AWS::S3::Bucket" -> "arn:aws:s3:::" + id;
                case "AWS::Cognito::UserPool" -> "arn:aws:cognito-idp:" + regionAccount + ":userpool/" + id;
                case "AWS::Serverless::Function", "AWS::Lambda::Function" ->
                        "arn:aws:lambda:" + regionAccount + ":function:" + id;
                case "AWS::Logs::LogGroup" -> "arn:aws:logs:" + regionAccount + ":log-group:" + id + ":*";
                case "AWS::SQS::Queue" -> "arn:aws:sqs:" + regionAccount + ":" + id;
                case "AWS::SNS::Topic" -> id;
                default -> "arn:aws:" + service(type) + ":" + regionAccount + ":" + id;
            };
            case "DomainName" -> type.equals("AWS::S3::Bucket") ? id + ".s3.amazonaws.com" : id + ".local";
            case "RegionalDomainName" -> id + ".s3." + REGION + ".amazonaws.com";
            case "ProviderURL" -> "https://cognito-idp." + REGION + ".amazonaws.com/" + id;
            case "ProviderName" -> "cognito-idp." + REGION + ".amazonaws.com/" + id;
            case "Id", "UserPoolId", "ClientId", "Name" -> id;
            default -> id + "." + attribute;
        };
    }

    private static String service(String type) {
        String[] parts = type.split("::");
        return parts.length > 1 ? parts[1].toLowerCase() : type.toLowerCase();
    }

    private String sub(Object argument) {
        String text;
        Map<String, Object> variables = new LinkedHashMap<>();
        if (argument instanceof List<?> list) {
            List<Object> args = arguments("Fn::Sub", argument, 2);
            text = text(args.get(0));
            SamTemplate.Raw.map(list.get(1)).forEach((name, value) -> variables.put(name, evaluate(value)));
        } else {
            text = text(argument);
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String replacement;
            if (variable.startsWith("!")) {
                replacement = "${" + variable.substring(1) + "}";
            } else if (variables.containsKey(variable)) {
                replacement = text(variables.get(variable));
            } else if (!variable.startsWith("AWS::") && variable.contains(".")) {
                int dot = variable.indexOf('.');
                replacement = attribute(variable.substring(0, dot), variable.substring(dot + 1));
            } else {
                replacement = text(ref(variable));
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private boolean condition(String name) {
        Object definition = template.conditions().get(name);
        if (definition == null) {
            throw new IllegalArgumentException("no condition " + name);
        }
        return truth(definition);
    }

    private boolean truth(Object expression) {
        Map<String, Object> map = SamTemplate.Raw.map(expression);
        if (map.size() != 1) {
            throw new IllegalArgumentException("not a condition: " + expression);
        }
        var entry = map.entrySet().iterator().next();
        return switch (entry.getKey()) {
            case "Condition" -> condition(text(entry.getValue()));
            case "Fn::Equals" -> {
                List<Object> args = arguments("Fn::Equals", entry.getValue(), 2);
                yield text(evaluate(args.get(0))).equals(text(evaluate(args.get(1))));
            }
            case "Fn::Not" -> !truth(arguments("Fn::Not", entry.getValue(), 1).get(0));
            case "Fn::And" -> asList(entry.getValue()).stream().allMatch(this::truth);
            case "Fn::Or" -> asList(entry.getValue()).stream().anyMatch(this::truth);
            default -> throw new IllegalArgumentException("not a condition: " + expression);
        };
    }

    private static List<Object> arguments(String function, Object argument, int count) {
        List<Object> args = asList(argument);
        if (args.size() != count) {
            throw new IllegalArgumentException(function + " takes " + count + " arguments: " + argument);
        }
        return args;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException("expected a list, found " + value);
    }

    private String text(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Map<?, ?>) {
            Object evaluated = evaluate(value);
            if (evaluated instanceof Map<?, ?>) {
                throw new IllegalArgumentException("not a string: " + value);
            }
            return text(evaluated);
        }
        throw new IllegalArgumentException("not a string: " + value);
    }
}
