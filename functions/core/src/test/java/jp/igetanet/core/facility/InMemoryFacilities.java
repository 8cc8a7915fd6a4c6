package jp.igetanet.core.facility;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Facilities} in memory for unit tests of services, with the directory order of the real index. */
public class InMemoryFacilities implements Facilities {

    private final Map<String, Facility> byId = new ConcurrentHashMap<>();
    private int directoryReads;

    @Override
    public Optional<Facility> find(String facilityId) {
        return Optional.ofNullable(byId.get(facilityId));
    }

    @Override
    public void create(Facility facility) {
        if (byId.putIfAbsent(facility.id(), facility) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public void update(Facility facility, long expectedVersion) {
        Facility current = byId.get(facility.id());
        if (current == null || current.version() != expectedVersion) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        byId.put(facility.id(), facility);
    }

    @Override
    public List<DirectoryEntry> directory(String networkId, DirectoryPosition after, int limit) {
        directoryReads++;
        TreeMap<String, Facility> index = new TreeMap<>();
        byId.values().stream()
                .filter(facility -> facility.networkId().equals(networkId) && facility.isInDirectory())
                .forEach(facility -> index.put(DirectoryOrder.sortKey(facility), facility));
        var tail = after == null ? index : index.tailMap(after.sortKey(), false);
        List<DirectoryEntry> entries = new ArrayList<>();
        for (var entry : tail.entrySet()) {
            if (entries.size() == limit) {
                break;
            }
            entries.add(new DirectoryEntry(entry.getValue(), new DirectoryPosition(entry.getKey(), entry.getValue().id())));
        }
        return entries;
    }

    public int directoryReads() {
        return directoryReads;
    }
}
