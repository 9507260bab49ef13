package org.polar4d.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that run passes over a scan; mix in with {@code @Mixin}. */
public final class WorkerThreads {

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;

    /** The number of worker threads: the option's value, else all processors. */
    public int count() throws UsageException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        return n;
    }
}
