package org.polar4d.learn.pcaknn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * PCA of standardised rows by randomized block Krylov iteration (Musco &amp; Musco 2015): starting
 * from a Gaussian D × l block, each pass over the data multiplies the newest block by the scatter
 * matrix ZᵀZ, block by block of rows (two float32 GEMMs on native BLAS per row block), and the
 * product, orthonormalised against all earlier blocks, becomes the next block. A Rayleigh–Ritz
 * step on the whole Krylov basis gives the components and, from the Z·W products each pass
 * computes anyway, the training rows' projections — no D × D matrix, no full SVD, no extra pass.
 * Cost: passes × 4·N·D·l flops. Converges in far fewer passes than plain subspace iteration.
 */
final class RandomizedPca {

    /** Result: components as rows (k × D), projections of the training rows (N × k, row-major), variances. */
    record Fit(float[][] components, float[] projections, double[] variances) {
    }

    private RandomizedPca() {
    }

    static Fit fit(TrainingRows rows, int components, int blockSize, int passes, long seed, Progress progress)
            throws CanceledException {
        int d = rows.dimensions();
        int n = rows.rows();
        int l = Math.min(blockSize, Math.min(d, n));
        if (components > Math.min(d, n) || components > l * passes) {
            throw new IllegalArgumentException("cannot extract " + components + " components from " + n + " rows of "
                    + d + " features");
        }
        List<double[]> basis = new ArrayList<>(); // orthonormal columns W_1 … W_q (each length D)
        List<double[]> images = new ArrayList<>(); // (ZᵀZ)·column, same order
        List<float[]> rowImages = new ArrayList<>(); // Z·W_i, N × l row-major, one per pass
        double[][] block = gaussian(l, d, new SplittableRandom(seed));
        orthonormalise(block, basis);
        // outputs are allocated once: fresh off-heap arrays cost page faults on every pass
        INDArray p = Nd4j.create(DataType.FLOAT, d, l);
        INDArray zw = Nd4j.create(DataType.FLOAT, Math.min(n, rows.maxBlockRows()), l);
        for (int pass = 1; pass <= passes; pass++) {
            INDArray w = toMatrix(block, d);
            float[] y = new float[n * l];
            int width = block.length;
            Progress slice = progress.slice((pass - 1.0) / passes, (double) pass / passes);
            rows.forEachBlock((first, z) -> {
                slice.checkCanceled();
                INDArray out = z.rows() == zw.rows() ? zw : Nd4j.create(DataType.FLOAT, z.rows(), width);
                Nd4j.gemm(z, w, out, false, false, 1.0, 0.0); // rows × l
                Nd4j.gemm(z, out, p, true, false, 1.0, first == 0 ? 0.0 : 1.0); // p (+)= zᵀ·(z·w)
                out.data().asNioFloat().get(0, y, first * width, z.rows() * width);
                slice.update((double) (first + z.rows()) / n, null);
            });
            double[][] product = fromMatrix(p, d, width);
            basis.addAll(List.of(block));
            images.addAll(List.of(product));
            rowImages.add(y);
            if (pass < passes) {
                block = new double[width][];
                for (int j = 0; j < width; j++) {
                    block[j] = product[j].clone(); // images keep the unmodified product
                }
                orthonormalise(block, basis);
            }
        }
        return rayleighRitz(basis, images, rowImages, n, components);
    }

    /** Eigen-decomposition of T = Bᵀ(ZᵀZ)B on the orthonormal Krylov basis B. */
    private static Fit rayleighRitz(List<double[]> basis, List<double[]> images, List<float[]> rowImages, int n,
            int k) {
        int m = basis.size();
        double[][] t = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                t[i][j] = t[j][i] = (dot(basis.get(i), images.get(j)) + dot(basis.get(j), images.get(i))) / 2;
            }
        }
        SymmetricEigen eig = SymmetricEigen.of(t);
        int d = basis.get(0).length;
        float[][] components = new float[k][d];
        double[][] coefficients = new double[k][];
        double[] variances = new double[k];
        for (int c = 0; c < k; c++) {
            double[] v = eig.vector(c);
            double[] comp = new double[d];
            for (int j = 0; j < m; j++) {
                axpy(v[j], basis.get(j), comp);
            }
            int arg = 0; // sign convention: the largest-magnitude loading is positive
            for (int i = 1; i < d; i++) {
                if (Math.abs(comp[i]) > Math.abs(comp[arg])) {
                    arg = i;
                }
            }
            double sign = comp[arg] < 0 ? -1 : 1;
            for (int i = 0; i < d; i++) {
                components[c][i] = (float) (sign * comp[i]);
            }
            for (int j = 0; j < m; j++) {
                v[j] *= sign;
            }
            coefficients[c] = v;
            variances[c] = eig.value(c) / n;
        }
        float[] projections = new float[n * k];
        for (int r = 0; r < n; r++) {
            int col = 0;
            for (float[] y : rowImages) {
                int width = y.length / n;
                for (int j = 0; j < width; j++, col++) {
                    float yv = y[r * width + j];
                    for (int c = 0; c < k; c++) {
                        projections[r * k + c] += (float) (yv * coefficients[c][col]);
                    }
                }
            }
        }
        return new Fit(components, projections, variances);
    }

    private static double[][] gaussian(int l, int d, SplittableRandom random) {
        double[][] g = new double[l][d];
        for (int j = 0; j < l; j++) {
            for (int i = 0; i < d; i++) {
                g[j][i] = random.nextGaussian();
            }
        }
        return g;
    }

    /**
     * Orthonormalises the columns of {@code cols} against the orthonormal {@code previous} columns and
     * each other (modified Gram–Schmidt, two rounds); a column with nothing left becomes zero.
     */
    static void orthonormalise(double[][] cols, List<double[]> previous) {
        for (int round = 0; round < 2; round++) {
            for (int j = 0; j < cols.length; j++) {
                double before = Math.sqrt(dot(cols[j], cols[j]));
                for (double[] q : previous) {
                    axpy(-dot(q, cols[j]), q, cols[j]);
                }
                for (int i = 0; i < j; i++) {
                    axpy(-dot(cols[i], cols[j]), cols[i], cols[j]);
                }
                double norm = Math.sqrt(dot(cols[j], cols[j]));
                double inv = norm > 1e-10 * before && norm > 0 ? 1 / norm : 0;
                for (int i = 0; i < cols[j].length; i++) {
                    cols[j][i] *= inv;
                }
            }
        }
    }

    private static INDArray toMatrix(double[][] cols, int d) {
        int l = cols.length;
        float[] data = new float[d * l];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < l; j++) {
                data[i * l + j] = (float) cols[j][i];
            }
        }
        return Nd4j.createFromArray(data).reshape(d, l);
    }

    private static double[][] fromMatrix(INDArray m, int d, int l) {
        float[] data = m.dup('c').data().asFloat();
        double[][] cols = new double[l][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < l; j++) {
                cols[j][i] = data[i * l + j];
            }
        }
        return cols;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }
}
