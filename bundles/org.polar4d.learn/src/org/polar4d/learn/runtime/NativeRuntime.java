package org.polar4d.learn.runtime;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Initialises ND4J's native backend once, in a way that works both on a plain class path and inside
 * OSGi (KNIME): ND4J discovers its backend through a {@code ServiceLoader} on a class loader it
 * captures once, so before the first ND4J call we point it at the loader that holds the libraries,
 * and swap the thread context class loader for third-party code that reads it directly.
 */
public final class NativeRuntime {

    private static volatile boolean initialised;

    private NativeRuntime() {
    }

    /** Makes ND4J usable from the calling thread; cheap after the first call. */
    public static void ensureInitialised() {
        if (initialised) {
            return;
        }
        synchronized (NativeRuntime.class) {
            if (initialised) {
                return;
            }
            ClassLoader libraries = Nd4j.class.getClassLoader();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(libraries);
            try {
                ND4JClassLoading.setNd4jClassloader(libraries);
                Nd4j.getBackend(); // loads the backend and the native libraries now
                initialised = true;
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** Runs {@code action} with the library class loader as the thread context class loader. */
    public static <T> T withLibraryClassLoader(java.util.function.Supplier<T> action) {
        ensureInitialised();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Nd4j.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
