package jp.igetanet.local.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable view of a SAM template (template.yaml): parameters, functions with what invokes them (routes, queues,
 * schedules), tables, buckets, queues, user pools and the HTTP API. Expressions (names, environment values, issuers) are kept unresolved; resolve them
 * with {@link Intrinsics}.
 */
public final class SamTemplate {

    private final Path folder;
    private final Map<String, Object> document;
    private final Map<String, ParameterSpec> parameters;
    private final Map<String, Map<String, Object>> resources;
    private final List<FunctionSpec> functions;
    private final List<TableSpec> tables;
    private final List<BucketSpec> buckets;
    private final List<QueueSpec> queues;
    private final List<UserPoolSpec> userPools;
    private final Optional<HttpApiSpec> httpApi;

    private SamTemplate(Path folder, Map<String, Object> document) {
        this.folder = folder;
        this.document = document;
        this.parameters = Immutables.map(readParameters(document));
        this.resources = Immutables.map(readResources(document));
        this.functions = List.copyOf(readFunctions());
        this.tables = List.copyOf(readTables());
        this.buckets = List.copyOf(readBuckets());
        this.queues = List.copyOf(readQueues());
        this.userPools = List.copyOf(readUserPools());
        this.httpApi = readHttpApi();
    }

    /** Reads the template; relative CodeUri paths are resolved against the file's folder. */
    public static SamTemplate load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return new SamTemplate(absolute.getParent(), CloudFormationYaml.read(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + absolute, e);
        }
    }

    /** The folder that holds the template (the repository root for template.yaml). */
    public Path folder() {
        return folder;
    }

    public Map<String, ParameterSpec> parameters() {
        return parameters;
    }

    /** Logical id → CloudFormation type ("AWS::DynamoDB::Table", "AWS::Serverless::Function", …). */
    public Map<String, String> resourceTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        resources.forEach((id, resource) -> types.put(id, Raw.string(resource.get("Type"))));
        return Collections.unmodifiableMap(types);
    }

    /** The raw Properties of a resource (for what the model does not cover). */
    public Map<String, Object> properties(String logicalId) {
        Map<String, Object> resource = resources.get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("no resource " + logicalId);
        }
        return Collections.unmodifiableMap(Raw.map(resource.get("Properties")));
    }

    /** The Mappings section (for Fn::FindInMap). */
    public Map<String, Object> mappings() {
        return Collections.unmodifiableMap(Raw.map(document.get("Mappings")));
    }

    /** The Conditions section (for Fn::If / Condition). */
    public Map<String, Object> conditions() {
        return Collections.unmodifiableMap(Raw.map(document.get("Conditions")));
    }

    /** The Outputs section, values unresolved. */
    public Map<String, Object> outputs() {
        return Collections.unmodifiableMap(Raw.map(document.get("Outputs")));
    }

    public List<FunctionSpec> functions() {
        return functions;
    }

    public Optional<FunctionSpec> function(String logicalId) {
        return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
    }

    public List<TableSpec> tables() {
        return tables;
    }

    public List<BucketSpec> buckets() {
        return buckets;
    }

    /** The SQS queues, in template order. */
    public List<QueueSpec> queues() {
        return queues;
    }

    public Optional<QueueSpec> queue(String logicalId) {
        return queues.stream().filter(q -> q.logicalId().equals(logicalId)).findFirst();
    }

    public List<UserPoolSpec> userPools() {
        return userPools;
    }

    /** The (first) AWS::Serverless::HttpApi of the template. */
    public Optional<HttpApiSpec> httpApi() {
        return httpApi;
    }

    // ------------------------------------------------------------------ reading

    private static Map<String, ParameterSpec> readParameters(Map<String, Object> document) {
        Map<String, ParameterSpec> result = new LinkedHashMap<>();
        Raw.map(document.get("Parameters")).forEach((name, value) -> {
            Map<String, Object> parameter = Raw.map(value);
            result.put(name, new ParameterSpec(name, Raw.string(parameter.getOrDefault("Type", "String")),
                    Optional.ofNullable(parameter.get("Default")).map(SamTemplate::defaultText)));
        });
        return result;
    }

    private static String defaultText(Object value) {
        return value instanceof List<?> list
                ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    private static Map<String, Map<String, Object>> readResources(Map<String, Object> document) {
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        Raw.map(document.get("Resources")).forEach((id, value) -> result.put(id, Raw.map(value)));
        return result;
    }

    private List<Map.Entry<String, Map<String, Object>>> resourcesOfType(String type) {
        return resources.entrySet().stream()
                .filter(e -> type.equals(e.getValue().get("Type")))
                .map(e -> Map.entry(e.getKey(), Raw.map(e.getValue().get("Properties"))))
                .toList();
    }

    private List<FunctionSpec> readFunctions() {
        Map<String, Object> globals = Raw.map(Raw.map(document.get("Globals")).get("Function"));
        Map<String, Object> globalVariables = Raw.map(Raw.map(globals.get("Environment")).get("Variables"));
        List<FunctionSpec> result = new ArrayList<>();
        for (var entry : resourcesOfType("AWS::Serverless::Function")) {
            Map<String, Object> properties = entry.getValue();
            String handler = Raw.string(properties.getOrDefault("Handler", globals.get("Handler")));
            int separator = handler.indexOf("::");
            String handlerClass = separator < 0 ? handler : handler.substring(0, separator);
            String handlerMethod = separator < 0 ? "handleRequest" : handler.substring(separator + 2);
            Object codeUri = properties.getOrDefault("CodeUri", globals.get("CodeUri"));
            if (!(codeUri instanceof String codePath)) {
                throw new IllegalArgumentException(entry.getKey() + ": CodeUri must be a local path");
            }
            Map<String, Object> environment = new LinkedHashMap<>(globalVariables);
            environment.putAll(Raw.map(Raw.map(properties.get("Environment")).get("Variables")));
            int timeout = Optional.ofNullable(properties.getOrDefault("Timeout", globals.get("Timeout")))
                    .map(Raw::integer).orElse(FunctionSpec.DEFAULT_TIMEOUT_SECONDS);
            result.add(new FunctionSpec(entry.getKey(), handlerClass, handlerMethod,
                    folder.resolve(codePath).normalize(), timeout, readRoutes(properties), readQueueEvents(properties),
                    readSchedules(entry.getKey(), properties), environment));
        }
        return result;
    }

    private static Map<String, Map<String, Object>> eventsOfType(Map<String, Object> function, String type) {
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        Raw.map(function.get("Events")).forEach((eventName, value) -> {
            Map<String, Object> event = Raw.map(value);
            if (type.equals(event.get("Type"))) {
                events.put(eventName, Raw.map(event.get("Properties")));
            }
        });
        return events;
    }

    private static List<RouteSpec> readRoutes(Map<String, Object> function) {
        List<RouteSpec> routes = new ArrayList<>();
        eventsOfType(function, "HttpApi").forEach((eventName, properties) -> {
            String method = Optional.ofNullable(properties.get("Method")).map(Raw::string)
                    .map(m -> m.equalsIgnoreCase("x-amazon-apigateway-any-method") ? RouteSpec.ANY_METHOD : m)
                    .map(String::toUpperCase).orElse(RouteSpec.ANY_METHOD);
            String path = Optional.ofNullable(properties.get("Path")).map(Raw::string).orElse(RouteSpec.DEFAULT_ROUTE);
            boolean publicRoute = "NONE".equals(Raw.map(properties.get("Auth")).get("Authorizer"));
            routes.add(new RouteSpec(eventName, method, path, publicRoute));
        });
        return routes;
    }

    private static List<QueueEventSpec> readQueueEvents(Map<String, Object> function) {
        List<QueueEventSpec> events = new ArrayList<>();
        eventsOfType(function, "SQS").forEach((eventName, properties) -> events.add(new QueueEventSpec(eventName,
                resourceOfArn(properties.get("Queue"), eventName + ".Queue"),
                Optional.ofNullable(properties.get("BatchSize")).map(Raw::integer)
                        .orElse(QueueEventSpec.DEFAULT_BATCH_SIZE),
                Raw.list(properties.get("FunctionResponseTypes")).contains("ReportBatchItemFailures"))));
        return events;
    }

    private static List<ScheduleSpec> readSchedules(String functionLogicalId, Map<String, Object> function) {
        List<ScheduleSpec> schedules = new ArrayList<>();
        eventsOfType(function, "Schedule").forEach((eventName, properties) -> schedules.add(
                new ScheduleSpec(functionLogicalId, eventName, Raw.string(properties.get("Schedule")))));
        return schedules;
    }

    /** The logical id of the resource that {@code !GetAtt X.Arn} names. */
    private static String resourceOfArn(Object expression, String where) {
        List<Object> getAtt = Raw.list(Raw.map(expression).get("Fn::GetAtt"));
        if (getAtt.size() != 2 || !"Arn".equals(getAtt.get(1))) {
            throw new IllegalArgumentException(where + " must be !GetAtt <queue>.Arn locally, not " + expression);
        }
        return Raw.string(getAtt.get(0));
    }

    private List<TableSpec> readTables() {
        List<TableSpec> result = new ArrayList<>();
        for (var entry : resourcesOfType("AWS::DynamoDB::Table")) {
            Map<String, Object> properties = entry.getValue();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Object definition : Raw.list(properties.get("AttributeDefinitions"))) {
                Map<String, Object> attribute = Raw.map(definition);
                attributes.put(Raw.string(attribute.get("AttributeName")), Raw.string(attribute.get("AttributeType")));
            }
            KeySchema keys = KeySchema.of(properties.get("KeySchema"));
            List<IndexSpec> indexes = new ArrayList<>();
            for (Object value : Raw.list(properties.get("GlobalSecondaryIndexes"))) {
                Map<String, Object> index = Raw.map(value);
                KeySchema indexKeys = KeySchema.of(index.get("KeySchema"));
                Map<String, Object> projection = Raw.map(index.get("Projection"));
                indexes.add(new IndexSpec(Raw.string(index.get("IndexName")), indexKeys.hash(), indexKeys.range(),
                        Raw.string(projection.getOrDefault("ProjectionType", "ALL")),
                        Raw.list(projection.get("NonKeyAttributes")).stream().map(Raw::string).toList()));
            }
            Map<String, Object> ttl = Raw.map(properties.get("TimeToLiveSpecification"));
            Optional<String> ttlAttribute = Boolean.TRUE.equals(ttl.get("Enabled"))
                    ? Optional.of(Raw.string(ttl.get("AttributeName")))
                    : Optional.empty();
            // without TableName CloudFormation makes one up from the stack and the logical id
            Object tableName = properties.getOrDefault("TableName",
                    Map.of("Fn::Sub", "${AWS::StackName}-" + entry.getKey()));
            result.add(new TableSpec(entry.getKey(), tableName,
                    keys.hash(), keys.range(), attributes, indexes, ttlAttribute));
        }
        return result;
    }

    private record KeySchema(String hash, Optional<String> range) {
        static KeySchema of(Object keySchema) {
            String hash = null;
            String range = null;
            for (Object value : Raw.list(keySchema)) {
                Map<String, Object> key = Raw.map(value);
                String name = Raw.string(key.get("AttributeName"));
                if ("HASH".equals(key.get("KeyType"))) {
                    hash = name;
                } else {
                    range = name;
                }
            }
            if (hash == null) {
                throw new IllegalArgumentException("KeySchema without HASH key: " + keySchema);
            }
            return new KeySchema(hash, Optional.ofNullable(range));
        }
    }

    private List<BucketSpec> readBuckets() {
        List<BucketSpec> result = new ArrayList<>();
        for (var entry : resourcesOfType("AWS::S3::Bucket")) {
            Map<String, Object> properties = entry.getValue();
            Optional<Integer> expirationDays = Raw.list(Raw.map(properties.get("LifecycleConfiguration")).get("Rules"))
                    .stream()
                    .map(Raw::map)
                    .filter(rule -> "Enabled".equals(rule.get("Status")) && rule.get("ExpirationInDays") != null)
                    .filter(rule -> rule.get("Prefix") == null && rule.get("TagFilters") == null)
                    .map(rule -> Raw.integer(rule.get("ExpirationInDays")))
                    .min(Integer::compare);
            Object bucketName = properties.getOrDefault("BucketName",
                    Map.of("Fn::Sub", "${AWS::StackName}-" + entry.getKey().toLowerCase()));
            result.add(new BucketSpec(entry.getKey(), bucketName, expirationDays));
        }
        return result;
    }

    private List<QueueSpec> readQueues() {
        List<QueueSpec> result = new ArrayList<>();
        for (var entry : resourcesOfType("AWS::SQS::Queue")) {
            Map<String, Object> properties = entry.getValue();
            Map<String, Object> redrive = Raw.map(properties.get("RedrivePolicy"));
            Optional<QueueSpec.Redrive> redrivePolicy = redrive.isEmpty() ? Optional.empty()
                    : Optional.of(new QueueSpec.Redrive(
                            resourceOfArn(redrive.get("deadLetterTargetArn"), entry.getKey() + ".RedrivePolicy"),
                            Raw.integer(redrive.get("maxReceiveCount"))));
            // without QueueName CloudFormation makes one up from the stack and the logical id
            Object queueName = properties.getOrDefault("QueueName",
                    Map.of("Fn::Sub", "${AWS::StackName}-" + entry.getKey()));
            result.add(new QueueSpec(entry.getKey(), queueName,
                    Optional.ofNullable(properties.get("VisibilityTimeout")).map(Raw::integer),
                    Optional.ofNullable(properties.get("MessageRetentionPeriod")).map(Raw::integer),
                    redrivePolicy));
        }
        return result;
    }

    private List<UserPoolSpec> readUserPools() {
        List<UserPoolSpec> result = new ArrayList<>();
        for (var pool : resourcesOfType("AWS::Cognito::UserPool")) {
            String poolId = pool.getKey();
            Map<String, String> schema = new LinkedHashMap<>();
            for (Object value : Raw.list(pool.getValue().get("Schema"))) {
                Map<String, Object> attribute = Raw.map(value);
                schema.put(Raw.string(attribute.get("Name")),
                        Raw.string(attribute.getOrDefault("AttributeDataType", "String")));
            }
            List<UserPoolGroupSpec> groups = resourcesOfType("AWS::Cognito::UserPoolGroup").stream()
                    .filter(group -> refersTo(group.getValue().get("UserPoolId"), poolId))
                    .map(group -> new UserPoolGroupSpec(group.getKey(),
                            Raw.string(group.getValue().getOrDefault("GroupName", group.getKey())),
                            Optional.ofNullable(group.getValue().get("Description")).map(Raw::string),
                            Optional.ofNullable(group.getValue().get("Precedence")).map(Raw::integer)))
                    .toList();
            List<UserPoolClientSpec> clients = resourcesOfType("AWS::Cognito::UserPoolClient").stream()
                    .filter(client -> refersTo(client.getValue().get("UserPoolId"), poolId))
                    .map(client -> readClient(client.getKey(), client.getValue()))
                    .toList();
            result.add(new UserPoolSpec(poolId, pool.getValue().getOrDefault("UserPoolName", poolId), schema,
                    pool.getValue().getOrDefault("MfaConfiguration", "OFF"), groups, clients));
        }
        return result;
    }

    private static boolean refersTo(Object expression, String logicalId) {
        return logicalId.equals(Raw.map(expression).get("Ref"));
    }

    private static UserPoolClientSpec readClient(String logicalId, Map<String, Object> properties) {
        Map<String, Object> units = Raw.map(properties.get("TokenValidityUnits"));
        return new UserPoolClientSpec(logicalId,
                Raw.string(properties.getOrDefault("ClientName", logicalId)),
                Boolean.TRUE.equals(properties.get("GenerateSecret")),
                Raw.list(properties.get("ExplicitAuthFlows")).stream().map(Raw::string).toList(),
                validity(properties.get("AccessTokenValidity"), units.getOrDefault("AccessToken", "hours")),
                validity(properties.get("IdTokenValidity"), units.getOrDefault("IdToken", "hours")),
                validity(properties.get("RefreshTokenValidity"), units.getOrDefault("RefreshToken", "days")));
    }

    private static Optional<Duration> validity(Object amount, Object unit) {
        if (amount == null) {
            return Optional.empty();
        }
        ChronoUnit chronoUnit = switch (Raw.string(unit)) {
            case "seconds" -> ChronoUnit.SECONDS;
            case "minutes" -> ChronoUnit.MINUTES;
            case "hours" -> ChronoUnit.HOURS;
            case "days" -> ChronoUnit.DAYS;
            default -> throw new IllegalArgumentException("unknown token validity unit " + unit);
        };
        return Optional.of(Duration.of(Raw.integer(amount), chronoUnit));
    }

    private Optional<HttpApiSpec> readHttpApi() {
        return resourcesOfType("AWS::Serverless::HttpApi").stream().findFirst().map(api -> {
            Map<String, Object> properties = api.getValue();
            Map<String, Object> auth = Raw.map(properties.get("Auth"));
            Map<String, HttpApiSpec.JwtAuthorizerSpec> authorizers = new LinkedHashMap<>();
            Raw.map(auth.get("Authorizers")).forEach((name, value) -> {
                Map<String, Object> authorizer = Raw.map(value);
                Map<String, Object> jwt = Raw.map(authorizer.get("JwtConfiguration"));
                authorizers.put(name, new HttpApiSpec.JwtAuthorizerSpec(name,
                        Raw.string(authorizer.getOrDefault("IdentitySource", "$request.header.Authorization")),
                        jwt.get("issuer"), Raw.list(jwt.get("audience"))));
            });
            Optional<HttpApiSpec.Cors> cors = Optional.ofNullable(properties.get("CorsConfiguration"))
                    .filter(Map.class::isInstance)
                    .map(Raw::map)
                    .map(c -> new HttpApiSpec.Cors(c.getOrDefault("AllowOrigins", List.of()),
                            strings(c.get("AllowMethods")), strings(c.get("AllowHeaders")),
                            strings(c.get("ExposeHeaders")),
                            Optional.ofNullable(c.get("MaxAge")).map(Raw::integer),
                            Boolean.TRUE.equals(c.get("AllowCredentials"))));
            return new HttpApiSpec(api.getKey(), properties.getOrDefault("StageName", "$default"), authorizers,
                    Optional.ofNullable(auth.get("DefaultAuthorizer")).map(Raw::string), cors);
        });
    }

    private static List<String> strings(Object value) {
        return Raw.list(value).stream().map(Raw::string).toList();
    }

    /** Navigation in the untyped YAML tree: absent values read as empty maps and lists. */
    static final class Raw {
        private Raw() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object value) {
            if (value == null) {
                return Map.of();
            }
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            throw new IllegalArgumentException("expected a mapping, found " + value);
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object value) {
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> list) {
                return (List<Object>) list;
            }
            throw new IllegalArgumentException("expected a list, found " + value);
        }

        static String string(Object value) {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                return String.valueOf(value);
            }
            throw new IllegalArgumentException("expected a literal string, found " + value);
        }

        static int integer(Object value) {
            return value instanceof Number number ? number.intValue() : Integer.parseInt(string(value));
        }
    }
}
