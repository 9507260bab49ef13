package org.polar4d.core.sim;

import java.io.IOException;
import java.util.Optional;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameRange;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * A simulated scan as a lazily computed {@link Dataset4D}: frames are simulated when read, so a
 * 128×128 scan of 256×256 frames (4 GB as float32) streams into a writer in bounded memory. Reads
 * are deterministic (same settings → same frames, whatever the read order or thread count) and
 * thread-safe. Small reads go through a one-block cache that is filled in parallel, so a reader that
 * asks for one frame at a time still uses every worker thread.
 *
 * <p>Typical use:
 *
 * <pre>
 * try (SimulatedScan scan = SimulatedScan.of(SimulationSettings.builder().polarization(PolarizationClass.RU)
 *         .scan(16, 16).frameSize(64).thicknessA(100).build())) {
 *     scan.prepare(progress);                       // potentials, S-matrix (optional: reads prepare lazily)
 *     InMemoryDataset d = scan.materialize(progress); // or stream it: DatasetIO.write(scan, path, progress)
 * }
 * </pre>
 */
public final class SimulatedScan implements Dataset4D {

    /** Frames computed together when a reader asks for fewer. */
    private static final long CACHE_BYTES = 32L << 20;

    private final Simulator simulator;
    private final ScanShape scan;
    private final FrameShape frame;
    private final Provenance provenance;
    private final Calibration calibration;
    private final int cacheFrames;
    private volatile Progress frameProgress = Progress.NONE;
    private long cachedFirst = -1;
    private int cachedCount;
    private float[] cache;

    private SimulatedScan(SimulationSettings settings) {
        this.simulator = new Simulator(settings);
        this.scan = new ScanShape(settings.scanRows(), settings.scanCols());
        this.frame = new FrameShape(settings.frameSize(), settings.frameSize());
        this.provenance = Provenance.generated("polar4d-simulation", simulator.details());
        this.calibration = simulator.calibration();
        int pixels = frame.pixels();
        this.cacheFrames = (int) Math.max(1, Math.min(CACHE_BYTES / (4L * pixels), 8L * settings.threads()));
    }

    /** A lazily computed scan; nothing is simulated until {@link #prepare} or the first read. */
    public static SimulatedScan of(SimulationSettings settings) {
        return new SimulatedScan(settings);
    }

    /** Builds potentials and the S-matrix up front, with progress and cancellation. */
    public void prepare(Progress progress) throws CanceledException {
        simulator.prepare(progress);
    }

    /** The simulator behind this scan, e.g. for single patterns at arbitrary positions. */
    public Simulator simulator() {
        return simulator;
    }

    public SimulationSettings settings() {
        return simulator.settings();
    }

    /**
     * Reports every simulated frame (fraction of the whole scan) to {@code progress} and stops reads
     * with an {@link IOException} caused by a {@link CanceledException} when it is canceled. For
     * streaming into a writer whose own progress is coarse (one update per block).
     */
    public void reportFramesTo(Progress progress) {
        this.frameProgress = progress;
    }

    /** Simulates every frame into memory, in parallel, with progress and cancellation. */
    public InMemoryDataset materialize(Progress progress) throws CanceledException {
        long values = scan.positions() * frame.pixels();
        if (values > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + scan + " scan of " + frame + " frames is too large to hold in"
                    + " memory; stream it to a file instead");
        }
        Memory.require(values * 4, "the simulated scan in memory", "stream it to a file instead");
        simulator.prepare(progress.slice(0, 0.3));
        float[] data = new float[(int) values];
        simulator.frames(0, (int) scan.positions(), data, progress.slice(0.3, 1));
        return new InMemoryDataset(scan, frame, data, calibration, provenance, label().orElse(null));
    }

    @Override
    public ScanShape scanShape() {
        return scan;
    }

    @Override
    public FrameShape frameShape() {
        return frame;
    }

    @Override
    public ElementType elementType() {
        return ElementType.F32;
    }

    @Override
    public Calibration calibration() {
        return calibration;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public Optional<PolarizationClass> label() {
        return Optional.of(simulator.settings().label());
    }

    @Override
    public void readFrames(long first, int count, float[] dst) throws IOException {
        FrameRange.check(first, count, frameCount());
        try {
            if (count >= cacheFrames) {
                simulator.frames(first, count, dst, scanProgress(first, count));
            } else {
                readCached(first, count, dst);
            }
        } catch (CanceledException e) {
            throw new IOException("simulation canceled", e);
        }
    }

    /** The frame progress for frames first..first+count−1 as a slice of the whole scan. */
    private Progress scanProgress(long first, int count) {
        double total = frameCount();
        return frameProgress.slice(first / total, (first + count) / total);
    }

    private synchronized void readCached(long first, int count, float[] dst) throws CanceledException {
        int pixels = frame.pixels();
        if (cachedFirst < 0 || first < cachedFirst || first + count > cachedFirst + cachedCount) {
            int n = (int) Math.min(Math.max(cacheFrames, count), frameCount() - first);
            if (cache == null || cache.length < n * pixels) {
                cache = new float[n * pixels];
            }
            simulator.frames(first, n, cache, scanProgress(first, n));
            cachedFirst = first;
            cachedCount = n;
        }
        System.arraycopy(cache, (int) (first - cachedFirst) * pixels, dst, 0, count * pixels);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
