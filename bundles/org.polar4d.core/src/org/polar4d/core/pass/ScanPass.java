package org.polar4d.core.pass;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * Runs {@link FrameReducer}s over every frame of a dataset in one streamed pass with bounded
 * memory. Frames are split into a fixed number of contiguous partitions that does not depend on
 * the thread count; each partition is reduced in frame order and the partials are merged in
 * partition order, so results are identical for any number of threads. Partials are merged as soon
 * as all partitions before them are done, so only a few are alive at any time (a reducer may hold a
 * whole frame or more per partial).
 */
public final class ScanPass {

    /** Decoded bytes per read block; bounds memory per thread. */
    private static final long BLOCK_BYTES = 4L << 20;
    private static final int MAX_PARTITIONS = 256;

    private final Dataset4D dataset;
    private final int threads;

    public ScanPass(Dataset4D dataset, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.dataset = dataset;
        this.threads = threads;
    }

    /** A pass with one thread per available processor. */
    public static ScanPass of(Dataset4D dataset) {
        return new ScanPass(dataset, Runtime.getRuntime().availableProcessors());
    }

    /** Runs one reducer and returns its merged result. */
    public <A> A run(FrameReducer<A> reducer, Progress progress) throws IOException, CanceledException {
        @SuppressWarnings("unchecked")
        A result = (A) runAll(List.of(reducer), progress).get(0);
        return result;
    }

    /** Runs several reducers in one pass; results in the order of {@code reducers}. */
    public List<Object> runAll(List<? extends FrameReducer<?>> reducers, Progress progress)
            throws IOException, CanceledException {
        long frames = dataset.frameCount();
        int pixels = dataset.frameShape().pixels();
        int block = (int) Math.max(1, Math.min(frames, BLOCK_BYTES / (4L * pixels)));
        int partitions = (int) Math.max(1, Math.min(MAX_PARTITIONS, (frames + block - 1) / block));
        OrderedMerge merged = new OrderedMerge(reducers, partitions);
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        int workers = Math.min(threads, partitions);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "polar4d-pass");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    float[] buffer = new float[block * pixels];
                    try {
                        for (int p; !failed.get() && (p = next.getAndIncrement()) < partitions;) {
                            long from = frames * p / partitions;
                            long to = frames * (p + 1) / partitions;
                            merged.add(p, reducePartition(reducers, from, to, block, buffer, progress, done, frames));
                        }
                    } catch (Exception | Error e) {
                        failed.set(true); // the other workers stop at their next partition
                        throw e;
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return merged.result();
    }

    private Object[] reducePartition(List<? extends FrameReducer<?>> reducers, long from, long to, int block,
            float[] buffer, Progress progress, AtomicLong done, long total) throws IOException, CanceledException {
        Object[] partial = new Object[reducers.size()];
        for (int r = 0; r < partial.length; r++) {
            partial[r] = reducers.get(r).newPartial();
        }
        int pixels = dataset.frameShape().pixels();
        for (long first = from; first < to; first += block) {
            progress.checkCanceled();
            int count = (int) Math.min(block, to - first);
            dataset.readFrames(first, count, buffer);
            for (int r = 0; r < partial.length; r++) {
                acceptBlock(reducers.get(r), partial[r], first, count, buffer, pixels);
            }
            long d = done.addAndGet(count);
            progress.update((double) d / total, d + " / " + total + " frames");
        }
        return partial;
    }

    @SuppressWarnings("unchecked")
    private static <A> void acceptBlock(FrameReducer<A> reducer, Object partial, long first, int count, float[] buffer,
            int pixels) {
        for (int i = 0; i < count; i++) {
            reducer.accept((A) partial, first + i, buffer, i * pixels);
        }
    }

    /** Left fold of the partition partials in partition order, done as soon as a prefix is complete. */
    private static final class OrderedMerge {
        private final List<? extends FrameReducer<?>> reducers;
        private final Object[][] pending;
        private Object[] accumulated;
        private int next;

        OrderedMerge(List<? extends FrameReducer<?>> reducers, int partitions) {
            this.reducers = reducers;
            this.pending = new Object[partitions][];
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        synchronized void add(int partition, Object[] partial) {
            pending[partition] = partial;
            for (; next < pending.length && pending[next] != null; next++) {
                if (accumulated == null) {
                    accumulated = pending[next];
                } else {
                    for (int r = 0; r < reducers.size(); r++) {
                        accumulated[r] = ((FrameReducer) reducers.get(r)).merge(accumulated[r], pending[next][r]);
                    }
                }
                pending[next] = null;
            }
        }

        synchronized List<Object> result() {
            return new ArrayList<>(java.util.Arrays.asList(accumulated));
        }
    }

    private static void await(Future<Void> f) throws IOException, CanceledException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CanceledException();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof CanceledException ce) {
                throw ce;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
    }
}
