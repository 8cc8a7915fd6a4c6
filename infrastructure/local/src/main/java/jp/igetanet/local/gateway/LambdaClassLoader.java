package jp.igetanet.local.gateway;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Loads one function's deployment jar the way the Lambda Java runtime does: the function's own classes first
 * (its Micronaut, SDK and library versions), while the runtime interfaces and event types
 * ({@code com.amazonaws.services.lambda.runtime}) come from the host, so that the host can call the handler
 * with events it built. Functions in one JVM therefore never see each other's beans.
 */
final class LambdaClassLoader extends URLClassLoader {

    private static final String SHARED = "com.amazonaws.services.lambda.runtime.";

    static {
        registerAsParallelCapable();
    }

    LambdaClassLoader(String name, Path jar) throws IOException {
        super(name, new URL[]{jar.toUri().toURL()}, LambdaClassLoader.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("java.") || name.startsWith(SHARED)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notInJar) {
                    loaded = super.loadClass(name, false);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    @Override
    public java.util.Enumeration<URL> getResources(String name) throws IOException {
        // Only the jar's own service files and bean definitions: the host's must not leak into the function.
        return findResources(name);
    }
}
