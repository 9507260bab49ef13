package org.polar4d.core.vimage;

import java.io.IOException;
import java.util.List;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.pass.ScanPass;
import org.polar4d.core.preprocess.CentreOfMass;
import org.polar4d.core.preprocess.GlobalCenterOfMass;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * Virtual bright field, annular dark field and the CoM field of a scan in one streamed pass (plus a
 * first pass for the global centre of mass when no centre is given), and the scan-rotation
 * estimate from the CoM field.
 *
 * <p>Defaults: centre = global centre of mass (PAPER §4 rule); bright-field radius = the central
 * disk's radius, found where the radial profile of a mean pattern (of up to 256 evenly spaced
 * frames) around the centre drops below half-way between its centre and its minimum; ADF from that
 * radius to the largest circle that fits in the frame; CoM over the whole frame.
 */
public final class VirtualImages {

    private static final int PROFILE_SAMPLES = 256;

    /**
     * Detector geometry; NaN = default.
     *
     * @param centreRow detector centre row (NaN: global centre of mass)
     * @param centreCol detector centre column
     * @param bfRadius bright-field disk radius
     * @param adfInner annulus inner radius (NaN: the bright-field radius)
     * @param adfOuter annulus outer radius (NaN: the largest circle around the centre inside the frame)
     * @param comRadius CoM only within this radius (NaN or ∞: whole frame)
     */
    public record Settings(double centreRow, double centreCol, double bfRadius, double adfInner, double adfOuter,
            double comRadius) {

        public static final Settings DEFAULT = new Settings(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);

        public Settings withCentre(double row, double col) {
            return new Settings(row, col, bfRadius, adfInner, adfOuter, comRadius);
        }

        public Settings withBrightField(double radius) {
            return new Settings(centreRow, centreCol, radius, adfInner, adfOuter, comRadius);
        }

        public Settings withAnnulus(double inner, double outer) {
            return new Settings(centreRow, centreCol, bfRadius, inner, outer, comRadius);
        }

        public Settings withComRadius(double radius) {
            return new Settings(centreRow, centreCol, bfRadius, adfInner, adfOuter, radius);
        }
    }

    /** The maps and the geometry actually used. */
    public record Result(ScanMap brightField, ScanMap darkField, ComField com, double centreRow, double centreCol,
            DetectorMask bfMask, DetectorMask adfMask, ScanRotation.Estimate rotation) {
    }

    private VirtualImages() {
    }

    public static Result compute(Dataset4D dataset, Settings settings, int threads, Progress progress)
            throws IOException, CanceledException {
        FrameShape frame = dataset.frameShape();
        ScanShape scan = dataset.scanShape();
        ScanPass pass = new ScanPass(dataset, threads);
        double cr = settings.centreRow();
        double cc = settings.centreCol();
        Progress main = progress;
        if (Double.isNaN(cr) || Double.isNaN(cc)) {
            CentreOfMass com = pass.run(new GlobalCenterOfMass(frame.height(), frame.width(), 95.0),
                    progress.slice(0, 0.5)).result();
            cr = com.row();
            cc = com.col();
            main = progress.slice(0.5, 1);
        }
        double fits = Math.min(Math.min(cr, frame.height() - 1 - cr), Math.min(cc, frame.width() - 1 - cc));
        double bf = Double.isNaN(settings.bfRadius()) ? diskRadius(dataset, cr, cc) : settings.bfRadius();
        double inner = Double.isNaN(settings.adfInner()) ? bf : settings.adfInner();
        double outer = Double.isNaN(settings.adfOuter()) ? Math.max(fits, inner + 1) : settings.adfOuter();
        double comRadius = Double.isNaN(settings.comRadius()) ? Double.POSITIVE_INFINITY : settings.comRadius();
        DetectorMask bfMask = DetectorMask.disk(frame.height(), frame.width(), cr, cc, bf);
        DetectorMask adfMask = DetectorMask.annulus(frame.height(), frame.width(), cr, cc, inner, outer);
        VirtualDetector bfImage = new VirtualDetector("bf", bfMask, scan.rows(), scan.cols());
        VirtualDetector adfImage = new VirtualDetector("adf", adfMask, scan.rows(), scan.cols());
        CenterOfMassMap com = new CenterOfMassMap(frame.height(), frame.width(), cr, cc, comRadius, scan.rows(),
                scan.cols());
        pass.runAll(List.of(bfImage, adfImage, com), main);
        ComField field = com.field();
        ScanRotation.Estimate rotation = scan.rows() >= 3 && scan.cols() >= 3 ? ScanRotation.estimate(field) : null;
        return new Result(bfImage.image(), adfImage.image(), field, cr, cc, bfMask, adfMask, rotation);
    }

    /**
     * Radius of the central disk from the radial profile of a mean of up to 256 evenly spaced
     * frames: the first radius where the profile falls below half-way between its centre value and
     * its minimum (linearly interpolated); a quarter of the largest inscribed radius if it never does.
     */
    public static double diskRadius(Dataset4D dataset, double centreRow, double centreCol) throws IOException {
        FrameShape frame = dataset.frameShape();
        long frames = dataset.frameCount();
        int samples = (int) Math.min(frames, PROFILE_SAMPLES);
        double[] mean = new double[frame.pixels()];
        float[] buffer = new float[frame.pixels()];
        for (int s = 0; s < samples; s++) {
            dataset.readFrame(frames * s / samples, buffer);
            for (int p = 0; p < buffer.length; p++) {
                mean[p] += buffer[p];
            }
        }
        return diskRadius(mean, frame.height(), frame.width(), centreRow, centreCol);
    }

    static double diskRadius(double[] pattern, int height, int width, double centreRow, double centreCol) {
        double maxRadius = Math.min(Math.min(centreRow, height - 1 - centreRow),
                Math.min(centreCol, width - 1 - centreCol));
        int bins = Math.max(2, (int) Math.floor(maxRadius) + 1);
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int bin = (int) Math.round(Math.hypot(r - centreRow, c - centreCol));
                if (bin < bins) {
                    sum[bin] += pattern[r * width + c];
                    count[bin]++;
                }
            }
        }
        double[] profile = new double[bins];
        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (int b = 0; b < bins; b++) {
            profile[b] = count[b] == 0 ? (b > 0 ? profile[b - 1] : 0) : sum[b] / count[b];
            if (b <= 2) {
                top = Math.max(top, profile[b]);
            }
            bottom = Math.min(bottom, profile[b]);
        }
        double half = (top + bottom) / 2;
        for (int b = 1; b < bins; b++) {
            if (profile[b] < half && profile[b - 1] >= half) {
                return b - 1 + (profile[b - 1] - half) / (profile[b - 1] - profile[b]);
            }
        }
        return Math.max(1, maxRadius / 4);
    }
}
