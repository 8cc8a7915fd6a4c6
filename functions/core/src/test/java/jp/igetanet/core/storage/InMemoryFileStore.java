package jp.igetanet.core.storage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link FileStore} in memory for unit tests. A presigned upload stores nothing by itself, as in the bucket: the
 * client's PUT does, and a test plays the client with {@link #upload} (exactly the declared file, which is all the
 * signed URL lets through) or {@link #put} (whatever is there, for files that should not be usable).
 */
public class InMemoryFileStore implements FileStore {

    private static final String HOST = "https://files.test/";

    private final Map<String, StoredFile> files = new HashMap<>();
    private final Map<String, DeclaredFile> declared = new HashMap<>();

    @Override
    public synchronized URI uploadUrl(String key, DeclaredFile file, Duration validity) {
        declared.put(key, file);
        return URI.create(HOST + encoded(key) + "?method=PUT&type=" + encoded(file.contentType()) + "&bytes="
                + file.bytes() + "&validity=" + validity);
    }

    @Override
    public synchronized URI downloadUrl(String key, Duration validity) {
        return URI.create(HOST + encoded(key) + "?method=GET&validity=" + validity);
    }

    @Override
    public synchronized Optional<StoredFile> stored(String key) {
        return Optional.ofNullable(files.get(key));
    }

    /** The client's PUT to a presigned upload URL: stores exactly the file declared for the key. */
    public synchronized void upload(String key) {
        DeclaredFile file = Optional.ofNullable(declared.get(key))
                .orElseThrow(() -> new IllegalStateException("no upload URL was given for " + key));
        files.put(key, new StoredFile(file.contentType(), file.bytes()));
    }

    /** Stores a file under a key as it is, for arranging a test. */
    public synchronized void put(String key, String contentType, long bytes) {
        files.put(key, new StoredFile(contentType, bytes));
    }

    /** The file declared for an upload URL given for the key, if one was. */
    public synchronized Optional<DeclaredFile> declared(String key) {
        return Optional.ofNullable(declared.get(key));
    }

    /** The keys of the stored files, in order. */
    public synchronized Set<String> keys() {
        return new TreeSet<>(files.keySet());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
