package jp.igetanet.core.log;

/**
 * What the current thread's request has cost in storage so far: requests made and capacity units consumed, for the
 * request's log line. The storage adapter counts; the request filter only resets and reads.
 */
public interface StorageMeter {

    /** Starts counting afresh for the request on this thread. */
    void reset();

    int requests();

    double capacityUnits();
}
