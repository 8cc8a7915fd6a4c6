package jp.igetanet.local.provision;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.igetanet.local.template.IndexSpec;
import jp.igetanet.local.template.Intrinsics;
import jp.igetanet.local.template.QueueSpec;
import jp.igetanet.local.template.SamTemplate;
import jp.igetanet.local.template.TableSpec;
import jp.igetanet.local.template.UserPoolClientSpec;
import jp.igetanet.local.template.UserPoolGroupSpec;
import jp.igetanet.local.template.UserPoolSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * Creates what template.yaml declares — tables with their indexes, buckets, queues with their redrive policies, user
 * pools with their groups and app clients — on the stand-ins, leaving whatever already exists in place, so that it
 * can run at every start on a persisted data folder. Time to live is not set on tables: dynalite has no
 * UpdateTimeToLive; {@link TtlSweeper} deletes expired items instead. Queues get their visibility timeout and redrive
 * policy; ElasticMQ has neither encryption (SqsManagedSseEnabled) nor retention (MessageRetentionPeriod, which it
 * would ignore with a warning at every start), and keeps its queues in memory anyway.
 */
public final class Provisioner {

    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

    private final DynamoDbClient dynamoDb;
    private final S3Client s3;
    private final SqsClient sqs;
    private final CognitoIdentityProviderClient cognito;
    private final String issuerDomain;

    /**
     * @param issuerDomain the scheme, host and port that prefix the pools' issuers, e.g.
     *                     {@code http://localhost:9229} for cognito-local
     */
    public Provisioner(DynamoDbClient dynamoDb, S3Client s3, SqsClient sqs, CognitoIdentityProviderClient cognito,
                       String issuerDomain) {
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
        this.sqs = sqs;
        this.cognito = cognito;
        this.issuerDomain = issuerDomain.endsWith("/")
                ? issuerDomain.substring(0, issuerDomain.length() - 1)
                : issuerDomain;
    }

    /** Creates what is missing and returns the physical ids of everything the template declares. */
    public LocalResources provision(SamTemplate template, Map<String, String> parameterOverrides) {
        // names depend only on parameters and pseudo parameters, never on other resources' ids
        Intrinsics names = new Intrinsics(template, parameterOverrides, logicalId -> Optional.empty());

        Map<String, String> tables = new LinkedHashMap<>();
        Set<String> existingTables = dynamoDb.listTablesPaginator(b -> b.limit(100)).tableNames().stream()
                .collect(Collectors.toSet());
        for (TableSpec table : template.tables()) {
            String name = names.resolveString(table.tableNameExpression());
            if (existingTables.contains(name)) {
                checkIndexes(table, name);
            } else {
                createTable(table, name);
            }
            tables.put(table.logicalId(), name);
        }

        Map<String, String> buckets = new LinkedHashMap<>();
        Set<String> existingBuckets = s3.listBuckets().buckets().stream().map(Bucket::name).collect(Collectors.toSet());
        template.buckets().forEach(bucket -> {
            String name = names.resolveString(bucket.bucketNameExpression());
            if (!existingBuckets.contains(name)) {
                s3.createBucket(b -> b.bucket(name));
                LOG.info("created bucket {} ({})", name, bucket.logicalId());
            }
            buckets.put(bucket.logicalId(), name);
        });

        Map<String, LocalResources.Queue> created = new LinkedHashMap<>();
        Map<String, LocalResources.Queue> queues = new LinkedHashMap<>();
        for (QueueSpec queue : template.queues()) {
            queues.put(queue.logicalId(), queue(template, queue, names, created));
        }

        Map<String, String> pools = new LinkedHashMap<>();
        Map<String, String> clients = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (UserPoolSpec pool : template.userPools()) {
            String poolId = userPool(pool, names.resolveString(pool.poolNameExpression()));
            // set at every start, so that a pool created before the template asked for it gets it too
            cognito.setUserPoolMfaConfig(b -> b.userPoolId(poolId)
                    .mfaConfiguration(names.resolveString(pool.mfaConfigurationExpression()))
                    .softwareTokenMfaConfiguration(software -> software.enabled(true)));
            pools.put(pool.logicalId(), poolId);
            pool.groups().forEach(group -> groups.put(group.logicalId(), group(poolId, group)));
            pool.clients().forEach(client -> clients.put(client.logicalId(), client(poolId, client)));
        }

        return new LocalResources(template, parameterOverrides, tables, buckets, queues, pools, clients, groups,
                issuerDomain);
    }

    // ------------------------------------------------------------------ SQS

    /**
     * Creates a queue, or brings an existing one to the template's attributes; its dead-letter queue first, whose ARN
     * the redrive policy names (CloudFormation refuses circular references, so the recursion ends).
     */
    private LocalResources.Queue queue(SamTemplate template, QueueSpec queue, Intrinsics names,
                                       Map<String, LocalResources.Queue> done) {
        LocalResources.Queue known = done.get(queue.logicalId());
        if (known != null) {
            return known;
        }
        Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
        queue.visibilityTimeoutSeconds().ifPresent(seconds ->
                attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, seconds.toString()));
        if (queue.redrive().isPresent()) {
            QueueSpec.Redrive redrive = queue.redrive().get();
            QueueSpec deadLetters = template.queue(redrive.deadLetterQueueLogicalId())
                    .orElseThrow(() -> new IllegalArgumentException(queue.logicalId() + "'s dead-letter queue "
                            + redrive.deadLetterQueueLogicalId() + " is not a queue of the template"));
            String deadLetterArn = queue(template, deadLetters, names, done).arn();
            attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + deadLetterArn
                    + "\",\"maxReceiveCount\":" + redrive.maxReceiveCount() + "}");
        }
        String name = names.resolveString(queue.queueNameExpression());
        Optional<String> existing = existingQueue(name);
        String url;
        if (existing.isPresent()) {
            url = existing.get();
            if (!attributes.isEmpty()) {
                sqs.setQueueAttributes(b -> b.queueUrl(existing.get()).attributes(attributes));
            }
        } else {
            url = sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
            LOG.info("created queue {} ({}) {}", name, queue.logicalId(), attributes);
        }
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        LocalResources.Queue created = new LocalResources.Queue(name, url, arn);
        done.put(queue.logicalId(), created);
        return created;
    }

    private Optional<String> existingQueue(String name) {
        try {
            return Optional.of(sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
        } catch (QueueDoesNotExistException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ DynamoDB

    private void createTable(TableSpec table, String name) {
        dynamoDb.createTable(b -> b
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(table.attributeDefinitions().entrySet().stream()
                        .map(a -> AttributeDefinition.builder().attributeName(a.getKey()).attributeType(a.getValue())
                                .build())
                        .toList())
                .keySchema(keySchema(table.hashKey(), table.rangeKey()))
                .globalSecondaryIndexes(table.globalSecondaryIndexes().isEmpty() ? null
                        : table.globalSecondaryIndexes().stream().map(Provisioner::index).toList()));
        dynamoDb.waiter().waitUntilTableExists(b -> b.tableName(name));
        LOG.info("created table {} ({}) with indexes {}", name, table.logicalId(),
                table.globalSecondaryIndexes().stream().map(IndexSpec::indexName).toList());
    }

    private static GlobalSecondaryIndex index(IndexSpec index) {
        Projection.Builder projection = Projection.builder()
                .projectionType(ProjectionType.fromValue(index.projectionType()));
        if (!index.nonKeyAttributes().isEmpty()) {
            projection.nonKeyAttributes(index.nonKeyAttributes());
        }
        return GlobalSecondaryIndex.builder()
                .indexName(index.indexName())
                .keySchema(keySchema(index.hashKey(), index.rangeKey()))
                .projection(projection.build())
                .build();
    }

    private static List<KeySchemaElement> keySchema(String hash, Optional<String> range) {
        KeySchemaElement hashKey = KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build();
        return range.map(r -> List.of(hashKey,
                        KeySchemaElement.builder().attributeName(r).keyType(KeyType.RANGE).build()))
                .orElse(List.of(hashKey));
    }

    /**
     * dynalite accepts UpdateTable with new indexes but never builds them, so a table persisted from an older
     * template cannot be brought up to date in place: say so instead of serving queries that fail later.
     */
    private void checkIndexes(TableSpec table, String name) {
        TableDescription description;
        try {
            description = dynamoDb.describeTable(b -> b.tableName(name)).table();
        } catch (ResourceNotFoundException e) {
            createTable(table, name);
            return;
        }
        Set<String> existing = description.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName).collect(Collectors.toSet());
        Set<String> declared = table.globalSecondaryIndexes().stream()
                .map(IndexSpec::indexName).collect(Collectors.toSet());
        List<String> existingKeys = description.keySchema().stream().map(KeySchemaElement::attributeName).toList();
        List<String> declaredKeys = keySchema(table.hashKey(), table.rangeKey()).stream()
                .map(KeySchemaElement::attributeName).toList();
        if (!existing.equals(declared) || !existingKeys.equals(declaredKeys)) {
            throw new IllegalStateException("table " + name + " exists with keys " + existingKeys + " and indexes "
                    + existing + ", but the template declares keys " + declaredKeys + " and indexes " + declared
                    + "; the stand-in cannot change a table in place: delete the local data folder's dynamodb "
                    + "folder (its local data is lost) and start again");
        }
    }

    // ------------------------------------------------------------------ Cognito

    private String userPool(UserPoolSpec pool, String name) {
        Optional<String> existing = cognito.listUserPoolsPaginator(b -> b.maxResults(60)).userPools().stream()
                .filter(p -> name.equals(p.name()))
                .map(UserPoolDescriptionType::id)
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = cognito.createUserPool(b -> b
                .poolName(name)
                .schema(pool.schemaAttributes().entrySet().stream()
                        .map(a -> SchemaAttributeType.builder()
                                .name(a.getKey())
                                .attributeDataType(AttributeDataType.fromValue(a.getValue()))
                                .mutable(true)
                                .build())
                        .toList()))
                .userPool().id();
        LOG.info("created user pool {} ({}) as {}", name, pool.logicalId(), id);
        return id;
    }

    private String group(String poolId, UserPoolGroupSpec group) {
        boolean exists = cognito.listGroupsPaginator(b -> b.userPoolId(poolId)).groups().stream()
                .map(GroupType::groupName)
                .anyMatch(group.groupName()::equals);
        if (!exists) {
            cognito.createGroup(b -> b
                    .userPoolId(poolId)
                    .groupName(group.groupName())
                    .description(group.description().orElse(null))
                    .precedence(group.precedence().orElse(null)));
            LOG.info("created group {} in {}", group.groupName(), poolId);
        }
        return group.groupName();
    }

    private String client(String poolId, UserPoolClientSpec client) {
        Optional<String> existing = cognito.listUserPoolClientsPaginator(b -> b.userPoolId(poolId).maxResults(60))
                .userPoolClients().stream()
                .filter(c -> client.clientName().equals(c.clientName()))
                .map(UserPoolClientDescription::clientId)
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        CreateUserPoolClientRequest.Builder request = CreateUserPoolClientRequest.builder()
                .userPoolId(poolId)
                .clientName(client.clientName())
                .generateSecret(client.generateSecret())
                .explicitAuthFlows(client.explicitAuthFlows().stream().map(ExplicitAuthFlowsType::fromValue).toList());
        // validities in minutes keep one unit for all three tokens
        client.accessTokenValidity().ifPresent(v -> request.accessTokenValidity(minutes(v)));
        client.idTokenValidity().ifPresent(v -> request.idTokenValidity(minutes(v)));
        client.refreshTokenValidity().ifPresent(v -> request.refreshTokenValidity(minutes(v)));
        request.tokenValidityUnits(u -> u
                .accessToken(TimeUnitsType.MINUTES)
                .idToken(TimeUnitsType.MINUTES)
                .refreshToken(TimeUnitsType.MINUTES));
        String id = cognito.createUserPoolClient(request.build()).userPoolClient().clientId();
        LOG.info("created app client {} in {} as {}", client.clientName(), poolId, id);
        return id;
    }

    private static int minutes(Duration validity) {
        return Math.toIntExact(validity.toMinutes());
    }
}
