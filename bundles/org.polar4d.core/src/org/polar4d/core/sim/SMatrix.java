package org.polar4d.core.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * The PRISM scattering matrix (C. Ophus, Adv. Struct. Chem. Imaging 3, 13 (2017)): every plane
 * wave of the probe aperture (frequency indices multiples of the interpolation factor f) propagated
 * once through the specimen; a probe at any position is then the weighted sum of these exit waves
 * with the probe's plane-wave coefficients.
 *
 * <p>Plane waves are propagated on the lateral tile of their Bloch class ({@link WaveGrid}). With
 * f = 1 the exit waves are kept in reciprocal space at the detector pixels only and a pattern is
 * a sum over beams per pixel: exact, with no FFT per probe position. With f &gt; 1 they are kept in
 * real space; a pattern sums them over an (n/f)² window centred on the probe and takes one FFT,
 * giving detector pixels of f/L (Ophus' interpolation).
 */
final class SMatrix {

    private final SimulationGeometry g;
    private final Probe probe;
    private final int configs;
    /** Bloch class of every beam, and the beams of every class. */
    private final int[] beamClass;
    private final int[][] classBeams;
    /** f = 1: frame pixels of every class and their tile indices. */
    private final int[][] classPixels;
    private final int[][] classTileIndex;
    /** [config][beam]: f = 1 values at the class's frame pixels; f &gt; 1 real-space tile wave. */
    private final float[][][] waves;
    private final int[] windowSource;

    /**
     * @param mirror a symmetry of the crystal (null if none): only one beam of every mirror pair is
     *        propagated, its partner is the mirror image
     */
    SMatrix(SimulationGeometry g, Probe probe, Mirror mirror, float[][][] transmissions, Parallel parallel,
            Progress progress) throws CanceledException {
        this.g = g;
        this.probe = probe;
        this.configs = transmissions.length;
        int r = g.repeat();
        List<Probe.Beam> beams = probe.beams();
        beamClass = new int[beams.size()];
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < r * r; c++) {
            members.add(new ArrayList<>());
        }
        for (int b = 0; b < beams.size(); b++) {
            beamClass[b] = classOf(beams.get(b).mx(), beams.get(b).my());
            members.get(beamClass[b]).add(b);
        }
        classBeams = new int[r * r][];
        for (int c = 0; c < r * r; c++) {
            classBeams[c] = members.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        classPixels = new int[r * r][];
        classTileIndex = new int[r * r][];
        if (g.factor() == 1) {
            indexFramePixels();
        }
        windowSource = DetectorFrame.sourceIndices(g.frameSize(), g.windowSize());
        waves = new float[configs][beams.size()][];
        Memory.require(bytes(), "the PRISM scattering matrix (" + beams.size() + " beams × " + configs
                + " configurations)", "raise the PRISM interpolation factor, use fewer frozen-phonon configurations"
                        + " or a smaller frame");
        WaveGrid[] grids = new WaveGrid[r * r];
        for (int c = 0; c < r * r; c++) {
            grids[c] = WaveGrid.blochClass(g, c % r, c / r);
        }
        int[] partner = partners(beams, mirror);
        int[] primaries = java.util.stream.IntStream.range(0, beams.size()).filter(b -> partner[b] >= b).toArray();
        int tasks = configs * primaries.length;
        AtomicInteger done = new AtomicInteger();
        ThreadLocal<Fft2> ffts = ThreadLocal.withInitial(() -> new Fft2(g.tileSize()));
        parallel.forEach(tasks, progress, task -> {
            int config = task / primaries.length;
            int b = primaries[task % primaries.length];
            float[] wave = propagateBeam(beams.get(b), grids[beamClass[b]], transmissions[config], ffts.get());
            if (partner[b] != b) {
                int p = partner[b];
                waves[config][p] = finish(beams.get(p), mirrored(wave, mirror, beams.get(p)), ffts.get());
            }
            waves[config][b] = finish(beams.get(b), wave, ffts.get());
            int d = done.incrementAndGet();
            progress.update((double) d / tasks, "S-matrix: beam " + d + " / " + tasks);
        });
    }

    /** Index of every beam's mirror partner (itself without a mirror or on the mirror line). */
    private static int[] partners(List<Probe.Beam> beams, Mirror mirror) {
        int[] partner = new int[beams.size()];
        java.util.Map<Long, Integer> byFrequency = new java.util.HashMap<>();
        for (int b = 0; b < beams.size(); b++) {
            byFrequency.put(key(beams.get(b).mx(), beams.get(b).my()), b);
            partner[b] = b;
        }
        if (mirror != null) {
            for (int b = 0; b < beams.size(); b++) {
                Probe.Beam beam = beams.get(b);
                Integer p = byFrequency.get(key(mirror.x(beam.mx(), beam.my()), mirror.y(beam.mx(), beam.my())));
                if (p != null) {
                    partner[b] = p;
                }
            }
        }
        return partner;
    }

    private static long key(int mx, int my) {
        return ((long) mx << 32) ^ (my & 0xFFFFFFFFL);
    }

    int beamCount() {
        return beamClass.length;
    }

    private long bytes() {
        long perConfig = 0;
        for (int b = 0; b < beamClass.length; b++) {
            perConfig += g.factor() == 1 ? 2L * classPixels[beamClass[b]].length : 2L * g.tileSize() * g.tileSize();
        }
        return perConfig * configs * Float.BYTES;
    }

    private int classOf(int mx, int my) {
        int r = g.repeat();
        return Math.floorMod(my, r) * r + Math.floorMod(mx, r);
    }

    private void indexFramePixels() {
        int r = g.repeat();
        int n = g.gridSize();
        int frame = g.frameSize();
        List<List<int[]>> lists = new ArrayList<>();
        for (int c = 0; c < r * r; c++) {
            lists.add(new ArrayList<>());
        }
        for (int row = 0; row < frame; row++) {
            int my = DetectorFrame.freqY(row, frame);
            for (int col = 0; col < frame; col++) {
                int mx = DetectorFrame.freqX(col, frame);
                if (mx < -n / 2 || mx >= n / 2 || my < -n / 2 || my >= n / 2) {
                    continue;
                }
                int c = classOf(mx, my);
                lists.get(c).add(new int[] {row * frame + col, tileIndex(mx, my)});
            }
        }
        for (int c = 0; c < r * r; c++) {
            classPixels[c] = lists.get(c).stream().mapToInt(p -> p[0]).toArray();
            classTileIndex[c] = lists.get(c).stream().mapToInt(p -> p[1]).toArray();
        }
    }

    /** The beam's exit wave on its Bloch-class tile, in reciprocal space. */
    private float[] propagateBeam(Probe.Beam beam, WaveGrid grid, float[][] transmissions, Fft2 fft) {
        int t = g.tileSize();
        float[] wave = new float[2 * t * t];
        wave[2 * tileIndex(beam.mx(), beam.my())] = 1;
        grid.propagate(wave, transmissions, fft);
        return wave;
    }

    /** Tile index of supercell frequency (mx, my) within its Bloch class. */
    private int tileIndex(int mx, int my) {
        int r = g.repeat();
        int t = g.tileSize();
        return Math.floorMod(Math.floorDiv(my, r), t) * t + Math.floorMod(Math.floorDiv(mx, r), t);
    }

    /** The exit wave of {@code target} as the mirror image of its partner's exit wave. */
    private float[] mirrored(float[] source, Mirror mirror, Probe.Beam target) {
        int r = g.repeat();
        int t = g.tileSize();
        int half = g.gridSize() / 2;
        int sx = Math.floorMod(target.mx(), r);
        int sy = Math.floorMod(target.my(), r);
        float[] out = new float[2 * t * t];
        for (int iy = 0; iy < t; iy++) {
            int my = r * SimulationGeometry.signedIndex(iy, t) + sy;
            for (int ix = 0; ix < t; ix++) {
                int mx = r * SimulationGeometry.signedIndex(ix, t) + sx;
                int ox = mirror.x(mx, my);
                int oy = mirror.y(mx, my);
                if (ox >= -half && ox < half && oy >= -half && oy < half) {
                    int from = 2 * tileIndex(ox, oy);
                    out[2 * (iy * t + ix)] = source[from];
                    out[2 * (iy * t + ix) + 1] = source[from + 1];
                }
            }
        }
        return out;
    }

    /** What is kept of an exit wave: the detector pixels (f = 1) or the real-space tile (f &gt; 1). */
    private float[] finish(Probe.Beam beam, float[] wave, Fft2 fft) {
        if (g.factor() > 1) {
            fft.inverse(wave);
            return wave;
        }
        int[] tiles = classTileIndex[classOf(beam.mx(), beam.my())];
        float[] atFrame = new float[2 * tiles.length];
        for (int i = 0; i < tiles.length; i++) {
            atFrame[2 * i] = wave[2 * tiles[i]];
            atFrame[2 * i + 1] = wave[2 * tiles[i] + 1];
        }
        return atFrame;
    }

    /** Per-thread buffers of the pattern computation. */
    static final class Workspace {
        float[] coefficients;
        float[] acc;
        float[] window;
        int[] tileIndex;
        Fft2 windowFft;
    }

    /** Noise-free pattern (fractions of the incident beam) of a probe at (x, y) Å into {@code frame}. */
    void pattern(double x, double y, float[] frame, Workspace ws) {
        List<Probe.Beam> beams = probe.beams();
        if (ws.coefficients == null) {
            ws.coefficients = new float[2 * beams.size()];
        }
        for (int b = 0; b < beams.size(); b++) {
            probe.coefficient(beams.get(b), x, y, ws.coefficients, 2 * b);
        }
        Arrays.fill(frame, 0f);
        if (g.factor() == 1) {
            sumAtFrame(frame, ws);
        } else {
            sumInWindow(x, y, frame, ws);
        }
        float scale = 1f / configs;
        for (int p = 0; p < frame.length; p++) {
            frame[p] *= scale;
        }
    }

    private void sumAtFrame(float[] frame, Workspace ws) {
        for (int config = 0; config < configs; config++) {
            for (int c = 0; c < classBeams.length; c++) {
                int[] pixels = classPixels[c];
                if (ws.acc == null || ws.acc.length < 2 * pixels.length) {
                    ws.acc = new float[2 * pixels.length];
                }
                float[] acc = ws.acc;
                Arrays.fill(acc, 0, 2 * pixels.length, 0f);
                for (int b : classBeams[c]) {
                    axpy(ws.coefficients, 2 * b, waves[config][b], acc, 2 * pixels.length);
                }
                for (int i = 0; i < pixels.length; i++) {
                    frame[pixels[i]] += acc[2 * i] * acc[2 * i] + acc[2 * i + 1] * acc[2 * i + 1];
                }
            }
        }
    }

    private void sumInWindow(double x, double y, float[] frame, Workspace ws) {
        int n = g.gridSize();
        int t = g.tileSize();
        int w = g.windowSize();
        int r = g.repeat();
        if (ws.window == null) {
            ws.window = new float[2 * w * w];
            ws.acc = new float[2 * w * w];
            ws.tileIndex = new int[w * w];
            ws.windowFft = new Fft2(w);
        }
        int x0 = (int) Math.round(x / g.pixelA()) - w / 2;
        int y0 = (int) Math.round(y / g.pixelA()) - w / 2;
        for (int wy = 0; wy < w; wy++) {
            int ty = Math.floorMod(y0 + wy, t);
            for (int wx = 0; wx < w; wx++) {
                ws.tileIndex[wy * w + wx] = ty * t + Math.floorMod(x0 + wx, t);
            }
        }
        float f2 = (float) g.factor() * g.factor();
        float intensityScale = f2 * f2;
        for (int config = 0; config < configs; config++) {
            float[] psi = ws.window;
            Arrays.fill(psi, 0f);
            for (int c = 0; c < classBeams.length; c++) {
                if (classBeams[c].length == 0) {
                    continue;
                }
                float[] acc = r == 1 ? psi : ws.acc;
                if (r > 1) {
                    Arrays.fill(acc, 0f);
                }
                for (int b : classBeams[c]) {
                    gatherAxpy(ws.coefficients, 2 * b, waves[config][b], ws.tileIndex, acc);
                }
                if (r > 1) {
                    addBlochPhase(acc, psi, c % r, c / r, x0, y0, w, n, 1f / (r * r));
                }
            }
            ws.windowFft.forward(psi);
            for (int p = 0; p < frame.length; p++) {
                int s = windowSource[p];
                if (s >= 0) {
                    frame[p] += intensityScale * (psi[2 * s] * psi[2 * s] + psi[2 * s + 1] * psi[2 * s + 1]);
                }
            }
        }
    }

    /** psi(j) += scale · exp(2πi s·j/n) · acc(j) over the window starting at supercell pixel (x0, y0). */
    private static void addBlochPhase(float[] acc, float[] psi, int sx, int sy, int x0, int y0, int w, int n,
            float scale) {
        for (int wy = 0; wy < w; wy++) {
            for (int wx = 0; wx < w; wx++) {
                double phase = 2 * Math.PI * ((double) sx * (x0 + wx) + (double) sy * (y0 + wy)) / n;
                float pr = (float) (scale * Math.cos(phase));
                float pi = (float) (scale * Math.sin(phase));
                int i = 2 * (wy * w + wx);
                psi[i] += acc[i] * pr - acc[i + 1] * pi;
                psi[i + 1] += acc[i] * pi + acc[i + 1] * pr;
            }
        }
    }

    /** acc[0..len) += c · x, complex interleaved. */
    private static void axpy(float[] coef, int at, float[] x, float[] acc, int len) {
        float cr = coef[at];
        float ci = coef[at + 1];
        for (int i = 0; i < len; i += 2) {
            float xr = x[i];
            float xi = x[i + 1];
            acc[i] += cr * xr - ci * xi;
            acc[i + 1] += cr * xi + ci * xr;
        }
    }

    /** acc[j] += c · x[index[j]], complex interleaved. */
    private static void gatherAxpy(float[] coef, int at, float[] x, int[] index, float[] acc) {
        float cr = coef[at];
        float ci = coef[at + 1];
        for (int j = 0; j < index.length; j++) {
            int k = 2 * index[j];
            float xr = x[k];
            float xi = x[k + 1];
            acc[2 * j] += cr * xr - ci * xi;
            acc[2 * j + 1] += cr * xi + ci * xr;
        }
    }
}
