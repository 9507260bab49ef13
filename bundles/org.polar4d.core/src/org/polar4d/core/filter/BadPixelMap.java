package org.polar4d.core.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hot and dead detector pixels found in a scan's mean pattern, and their repair in single frames.
 *
 * <p>With M the mean pattern shifted so that its minimum is 0, a pixel is <b>hot</b> if
 * M(p) &gt; f · (second-largest of its 8 neighbours) and <b>dead</b> if f · M(p) &lt; (second-smallest of
 * its 8 neighbours), f = the factor (default 5). Comparing with the second extreme instead of the
 * median keeps the edges of bright disks (where half the neighbours are dark) from being flagged and
 * still finds pairs of adjacent bad pixels. Repair replaces a bad pixel by the mean of its good
 * neighbours (0 if it has none).
 */
public final class BadPixelMap {

    private final int height;
    private final int width;
    private final int[] bad;
    private final int hot;
    private final int[][] goodNeighbours;

    private BadPixelMap(int height, int width, int[] bad, int hot) {
        this.height = height;
        this.width = width;
        this.bad = bad;
        this.hot = hot;
        boolean[] isBad = new boolean[height * width];
        for (int p : bad) {
            isBad[p] = true;
        }
        this.goodNeighbours = new int[bad.length][];
        for (int i = 0; i < bad.length; i++) {
            goodNeighbours[i] = neighbours(bad[i]).stream().filter(q -> !isBad[q]).mapToInt(Integer::intValue)
                    .toArray();
        }
    }

    /** A map without bad pixels. */
    public static BadPixelMap none(int height, int width) {
        return new BadPixelMap(height, width, new int[0], 0);
    }

    /** Detects hot and dead pixels in a mean pattern. */
    public static BadPixelMap detect(double[] mean, int height, int width, double factor) {
        if (mean.length != height * width) {
            throw new IllegalArgumentException("mean pattern has " + mean.length + " values, expected " + height * width);
        }
        double min = Arrays.stream(mean).filter(Double::isFinite).min().orElse(0);
        BadPixelMap geometry = new BadPixelMap(height, width, new int[0], 0);
        List<Integer> hotPixels = new ArrayList<>();
        List<Integer> deadPixels = new ArrayList<>();
        for (int p = 0; p < mean.length; p++) {
            double v = mean[p] - min;
            double[] n = geometry.neighbours(p).stream().mapToDouble(q -> mean[q] - min).sorted().toArray();
            if (n.length < 2) {
                continue;
            }
            if (!Double.isFinite(v) || v > factor * n[n.length - 2]) {
                hotPixels.add(p);
            } else if (factor * v < n[1]) {
                deadPixels.add(p);
            }
        }
        int[] bad = new int[hotPixels.size() + deadPixels.size()];
        int i = 0;
        for (int p : hotPixels) {
            bad[i++] = p;
        }
        for (int p : deadPixels) {
            bad[i++] = p;
        }
        Arrays.sort(bad);
        return new BadPixelMap(height, width, bad, hotPixels.size());
    }

    private List<Integer> neighbours(int p) {
        int r = p / width;
        int c = p % width;
        List<Integer> n = new ArrayList<>(8);
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int rr = r + dr;
                int cc = c + dc;
                if ((dr != 0 || dc != 0) && rr >= 0 && rr < height && cc >= 0 && cc < width) {
                    n.add(rr * width + cc);
                }
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return bad.length == 0;
    }

    /** Flat indices (row·width + col) of the bad pixels, ascending. */
    public int[] pixels() {
        return bad.clone();
    }

    public int hotCount() {
        return hot;
    }

    public int deadCount() {
        return bad.length - hot;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /**
     * Copies a frame into {@code dst} with its bad pixels replaced by the mean of their good
     * neighbours.
     */
    public void repair(float[] frame, int offset, float[] dst, int dstOffset) {
        System.arraycopy(frame, offset, dst, dstOffset, height * width);
        for (int i = 0; i < bad.length; i++) {
            int[] good = goodNeighbours[i];
            double sum = 0;
            for (int q : good) {
                sum += frame[offset + q];
            }
            dst[dstOffset + bad[i]] = good.length == 0 ? 0f : (float) (sum / good.length);
        }
    }
}
