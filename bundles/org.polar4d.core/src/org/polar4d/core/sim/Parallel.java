package org.polar4d.core.sim;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * A fixed-size worker pool for independent tasks (slices, beams, probe positions). Every task writes
 * only its own output, so results do not depend on the number of threads.
 */
final class Parallel implements AutoCloseable {

    private final ForkJoinPool pool;

    Parallel(int threads) {
        this.pool = new ForkJoinPool(threads);
    }

    int threads() {
        return pool.getParallelism();
    }

    /** Runs task(0..count−1) on the pool; stops early and throws if the progress is canceled. */
    void forEach(int count, Progress progress, IntConsumer task) throws CanceledException {
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(i -> {
                if (progress.isCanceled()) {
                    throw new Canceled();
                }
                task.accept(i);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CanceledException();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Canceled) {
                throw new CanceledException();
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Unwinds the workers of a canceled pass. */
    private static final class Canceled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Canceled() {
            super(null, null, false, false);
        }
    }
}
