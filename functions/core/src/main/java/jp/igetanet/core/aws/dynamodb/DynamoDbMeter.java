package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.log.StorageMeter;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.util.List;

/**
 * Counts DynamoDB requests and the capacity units they consumed on the current thread, so that each request log
 * line (and the benchmark) can say what a call cost. Asks DynamoDB to return the consumed capacity; refused
 * requests count as requests, without the capacity DynamoDB does not report for them.
 */
@Singleton
public class DynamoDbMeter implements ExecutionInterceptor, StorageMeter {

    private final ThreadLocal<Usage> usage = ThreadLocal.withInitial(Usage::new);

    @Override
    public void reset() {
        usage.get().clear();
    }

    @Override
    public int requests() {
        return usage.get().requests;
    }

    @Override
    public double capacityUnits() {
        return usage.get().capacity;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        return switch (request) {
            case GetItemRequest get -> get.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            case QueryRequest query -> query.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            case PutItemRequest put -> put.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            case UpdateItemRequest update ->
                    update.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            case DeleteItemRequest delete ->
                    delete.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            default -> request;
        };
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Usage current = usage.get();
        current.requests++;
        current.capacity += switch (context.response()) {
            case GetItemResponse r -> units(r.consumedCapacity());
            case QueryResponse r -> units(r.consumedCapacity());
            case PutItemResponse r -> units(r.consumedCapacity());
            case UpdateItemResponse r -> units(r.consumedCapacity());
            case DeleteItemResponse r -> units(r.consumedCapacity());
            case BatchGetItemResponse r -> units(r.consumedCapacity());
            case BatchWriteItemResponse r -> units(r.consumedCapacity());
            default -> 0;
        };
    }

    /**
     * A request DynamoDB refused (a condition that did not hold, throttling) was still made: it counts, but DynamoDB
     * does not say what it consumed.
     */
    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (context.exception() instanceof software.amazon.awssdk.awscore.exception.AwsServiceException) {
            usage.get().requests++;
        }
    }

    private static double units(ConsumedCapacity capacity) {
        return capacity == null || capacity.capacityUnits() == null ? 0 : capacity.capacityUnits();
    }

    private static double units(List<ConsumedCapacity> capacities) {
        return capacities.stream().mapToDouble(DynamoDbMeter::units).sum();
    }

    private static final class Usage {
        int requests;
        double capacity;

        void clear() {
            requests = 0;
            capacity = 0;
        }
    }
}
