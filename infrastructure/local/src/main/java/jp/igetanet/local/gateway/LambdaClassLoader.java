package jp.igetanet.local.gateway;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Loads one function's deployment jar the way the Lambda Java runtime does: the function sees the JDK, its own jar
 * and nothing of the host, except the runtime interfaces and event types ({@code com.amazonaws.services.lambda.runtime}),
 * which come from the host so that the host can call the handler with events it built. So a class that a function
 * needs but its jar lacks fails here as it would on Lambda, and functions in one JVM never see each other's beans.
 */
final class LambdaClassLoader extends URLClassLoader {

    private static final String SHARED = "com.amazonaws.services.lambda.runtime.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host = LambdaClassLoader.class.getClassLoader();

    LambdaClassLoader(String name, Path jar) throws IOException {
        // The parent is the platform loader: the JDK's classes, not the host application's.
        super(name, new URL[]{jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SHARED)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
