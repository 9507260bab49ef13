package org.polar4d.learn.demo;

import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.learn.runtime.NativeRuntime;

/** Limits the native tensor library's threads (OpenMP and BLAS) and restores the previous limits on close. */
final class NativeThreads implements AutoCloseable {

    private final int threads;
    private final int masterThreads;
    private final int blasThreads;

    private NativeThreads() {
        Environment env = Nd4j.getEnvironment();
        threads = env.maxThreads();
        masterThreads = env.maxMasterThreads();
        blasThreads = Nd4j.factory().blas().getMaxThreads();
    }

    static NativeThreads limit(int n) {
        NativeRuntime.ensureInitialised();
        NativeThreads previous = new NativeThreads();
        set(n, n, n);
        return previous;
    }

    private static void set(int threads, int master, int blas) {
        Environment env = Nd4j.getEnvironment();
        env.setMaxThreads(threads);
        env.setMaxMasterThreads(master);
        Nd4j.factory().blas().setMaxThreads(blas);
    }

    @Override
    public void close() {
        set(threads, masterThreads, blasThreads);
    }
}
