package org.polar4d.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.npy.NpyWriter;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.render.GrayImages;
import org.polar4d.core.vimage.ScanMap;
import org.polar4d.core.vimage.ScanRotation;
import org.polar4d.core.vimage.VirtualImages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d vimage}: virtual detector images, CoM maps and the scan-rotation estimate of a scan. */
@Command(name = "vimage", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Virtual bright-field and annular dark-field images, centre-of-mass maps (x, y, magnitude) as "
                + "NPY and PNG, and the scan rotation estimated by minimising the curl of the CoM field."},
        footer = {"", "Examples:", "  polar4d vimage scan.npy --out maps/",
            "  polar4d vimage scan.mib --scan 128x128 --bf-radius 12 --adf 20,60 --out maps/"})
final class VimageCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    ReaderOptions reader;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", description = "Input scan (any readable format).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the NPY and PNG files.")
    Path out;

    @Option(names = "--center", paramLabel = "ROW,COL", split = ",",
            description = "Detector centre in frame pixels (default: the global centre of mass).")
    List<Double> center;

    @Option(names = "--bf-radius", paramLabel = "R", description = "Bright-field disk radius (default: the central disk's).")
    Double bfRadius;

    @Option(names = "--adf", paramLabel = "INNER,OUTER", split = ",",
            description = "Dark-field annulus radii (default: bright-field radius to the frame edge).")
    List<Double> adf;

    @Option(names = "--com-radius", paramLabel = "R", description = "Centre of mass only within R of the centre "
            + "(default: whole frame).")
    Double comRadius;

    @Mixin
    WorkerThreads threads;

    @Override
    public Integer call() throws IOException, CanceledException, UsageException {
        VirtualImages.Settings settings = settings();
        int workers = threads.count();
        VirtualImages.Result r;
        try (Dataset4D d = DatasetIO.open(in, reader.toReadOptions()); ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "vimage")) {
            r = VirtualImages.compute(d, settings, workers, progress);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Centre (%.3f, %.3f); bright field: %s; dark field: %s%n", r.centreRow(), r.centreCol(),
                r.bfMask(), r.adfMask());
        for (ScanMap map : List.of(r.brightField(), r.darkField(), r.com().x(), r.com().y(), r.com().magnitude())) {
            write(map);
        }
        NpyWriter.write(r.com().direction().values(), out.resolve("com-direction.npy"), r.com().rows(), r.com().cols());
        if (r.meanPattern() != null) {
            float[] mean = new float[r.meanPattern().length];
            for (int i = 0; i < mean.length; i++) {
                mean[i] = (float) r.meanPattern()[i];
            }
            write(new ScanMap("mean-pattern", r.bfMask().height(), r.bfMask().width(), mean));
        }
        w.printf(Locale.ROOT, "Wrote bf, adf, com-x, com-y, com-magnitude%s (.npy, .png) and com-direction.npy to %s%n",
                r.meanPattern() == null ? "" : ", mean-pattern", out);
        w.println(r.rotation() == null ? "Scan rotation: scan too small to estimate (needs at least " + ScanRotation.MIN_SCAN_SIDE + "x"
                + ScanRotation.MIN_SCAN_SIDE + " positions)"
                : "Scan rotation estimate: " + r.rotation());
        return 0;
    }

    private void write(ScanMap map) throws IOException {
        NpyWriter.write(map.values(), out.resolve(map.name() + ".npy"), map.rows(), map.cols());
        GrayImages.writePng(map.values(), map.rows(), map.cols(), GrayImages.Range.percentiles(map.values(), 0.5, 99.5),
                GrayImages.scaleFor(map.rows(), map.cols(), 256), out.resolve(map.name() + ".png"));
    }

    private VirtualImages.Settings settings() throws UsageException {
        VirtualImages.Settings s = VirtualImages.Settings.DEFAULT;
        if (center != null) {
            if (center.size() != 2) {
                throw new UsageException("--center needs ROW,COL");
            }
            s = s.withCentre(center.get(0), center.get(1));
        }
        if (bfRadius != null) {
            if (!(bfRadius > 0)) {
                throw new UsageException("--bf-radius must be > 0");
            }
            s = s.withBrightField(bfRadius);
        }
        if (adf != null) {
            if (adf.size() != 2 || !(adf.get(0) >= 0 && adf.get(1) > adf.get(0))) {
                throw new UsageException("--adf needs INNER,OUTER with 0 <= INNER < OUTER");
            }
            s = s.withAnnulus(adf.get(0), adf.get(1));
        }
        if (comRadius != null) {
            if (!(comRadius > 0)) {
                throw new UsageException("--com-radius must be > 0");
            }
            s = s.withComRadius(comRadius);
        }
        return s;
    }
}
