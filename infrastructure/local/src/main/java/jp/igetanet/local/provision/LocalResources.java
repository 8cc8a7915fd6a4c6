package jp.igetanet.local.provision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.igetanet.local.template.FunctionSpec;
import jp.igetanet.local.template.Intrinsics;
import jp.igetanet.local.template.SamTemplate;

/**
 * The physical ids of what {@link Provisioner} created for a template (table and bucket names, queues, the user pool,
 * its app client, the issuer and JWKS address of its tokens) and the template's expressions resolved against them.
 */
public final class LocalResources {

    private final SamTemplate template;
    private final Map<String, String> tableNames;
    private final Map<String, String> bucketNames;
    private final Map<String, Queue> queues;
    private final Map<String, String> userPoolIds;
    private final Map<String, String> userPoolClientIds;
    private final Map<String, String> groupNames;
    private final String issuerDomain;
    private final Intrinsics intrinsics;

    /** A queue as SQS knows it: what {@code Ref} yields is its URL, its ARN is what policies and redrives name. */
    public record Queue(String name, String url, String arn) {
    }

    LocalResources(SamTemplate template, Map<String, String> parameterOverrides, Map<String, String> tableNames,
                   Map<String, String> bucketNames, Map<String, Queue> queues, Map<String, String> userPoolIds,
                   Map<String, String> userPoolClientIds, Map<String, String> groupNames, String issuerDomain) {
        this.template = template;
        this.tableNames = copy(tableNames);
        this.bucketNames = copy(bucketNames);
        this.queues = copy(queues);
        this.userPoolIds = copy(userPoolIds);
        this.userPoolClientIds = copy(userPoolClientIds);
        this.groupNames = copy(groupNames);
        this.issuerDomain = issuerDomain;
        this.intrinsics = new Intrinsics(template, parameterOverrides, new Intrinsics.PhysicalIds() {
            @Override
            public Optional<String> ref(String logicalId) {
                return Optional.ofNullable(physicalIds().get(logicalId));
            }

            @Override
            public Optional<String> attribute(String logicalId, String attribute) {
                if (userPoolIds.containsKey(logicalId) && attribute.equals("ProviderURL")) {
                    return Optional.of(issuer(logicalId));
                }
                Queue queue = LocalResources.this.queues.get(logicalId);
                if (queue != null) {
                    return switch (attribute) {
                        case "Arn" -> Optional.of(queue.arn());
                        case "QueueName" -> Optional.of(queue.name());
                        case "QueueUrl" -> Optional.of(queue.url());
                        default -> Optional.empty();
                    };
                }
                return Optional.empty();
            }
        });
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public SamTemplate template() {
        return template;
    }

    /** Table names by logical id. */
    public Map<String, String> tableNames() {
        return tableNames;
    }

    /** Bucket names by logical id. */
    public Map<String, String> bucketNames() {
        return bucketNames;
    }

    /** Queues by logical id. */
    public Map<String, Queue> queues() {
        return queues;
    }

    /** User pool ids by logical id. */
    public Map<String, String> userPoolIds() {
        return userPoolIds;
    }

    /** App client ids by logical id. */
    public Map<String, String> userPoolClientIds() {
        return userPoolClientIds;
    }

    /** Every physical id by logical id: what {@code Ref} yields locally. */
    public Map<String, String> physicalIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.putAll(tableNames);
        ids.putAll(bucketNames);
        queues.forEach((logicalId, queue) -> ids.put(logicalId, queue.url()));
        ids.putAll(userPoolIds);
        ids.putAll(userPoolClientIds);
        ids.putAll(groupNames);
        return ids;
    }

    public String tableName(String logicalId) {
        return required(tableNames, logicalId, "table");
    }

    public String bucketName(String logicalId) {
        return required(bucketNames, logicalId, "bucket");
    }

    /** A queue's name, URL and ARN by its logical id. */
    public Queue queue(String logicalId) {
        Queue queue = queues.get(logicalId);
        if (queue == null) {
            throw new IllegalArgumentException("no queue " + logicalId + " in the template");
        }
        return queue;
    }

    /** What {@code !Ref} of a queue yields: its URL. */
    public String queueUrl(String logicalId) {
        return queue(logicalId).url();
    }

    /** The id of the template's only user pool. */
    public String userPoolId() {
        return only(userPoolIds, "user pool");
    }

    /** The id of the template's only app client. */
    public String userPoolClientId() {
        return only(userPoolClientIds, "user pool client");
    }

    /** The issuer of the only pool's tokens: {@code http://localhost:<cognitoPort>/<poolId>}. */
    public String issuer() {
        return issuerDomain + "/" + userPoolId();
    }

    /** The issuer of a pool's tokens by the pool's logical id. */
    public String issuer(String userPoolLogicalId) {
        return issuerDomain + "/" + required(userPoolIds, userPoolLogicalId, "user pool");
    }

    /** Where the only pool publishes its signing keys. */
    public String jwksUrl() {
        return issuer() + "/.well-known/jwks.json";
    }

    /** Resolves template expressions against these ids and the parameter values used to provision. */
    public Intrinsics intrinsics() {
        return intrinsics;
    }

    /** A function's environment (Globals and its own) with every intrinsic resolved. */
    public Map<String, String> functionEnvironment(FunctionSpec function) {
        return intrinsics.resolveEnvironment(function.environment());
    }

    private static String required(Map<String, String> ids, String logicalId, String kind) {
        String id = ids.get(logicalId);
        if (id == null) {
            throw new IllegalArgumentException("no " + kind + " " + logicalId + " in the template");
        }
        return id;
    }

    private static String only(Map<String, String> ids, String kind) {
        if (ids.size() != 1) {
            throw new IllegalStateException("the template declares " + ids.size() + " " + kind + "s, not one");
        }
        return ids.values().iterator().next();
    }

    @Override
    public String toString() {
        return "LocalResources" + physicalIds() + " issuer " + issuerDomain;
    }
}
