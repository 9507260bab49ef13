package org.polar4d.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ScanShapeSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d info FILE…}: what a dataset holds, as JSON. */
@Command(name = "info", description = "Describe 4D-STEM files as JSON: format, shapes, data type, calibration, sizes, "
        + "where the scan shape came from.",
        footer = {"", "Examples:", "  polar4d info scan.mib", "  polar4d info --scan 64x64 stack.npy",
            "  polar4d info --dataset /entry/data/data generic.h5", "  polar4d info /data/tiff-folder/"})
final class InfoCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    ReaderOptions reader;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Data files (or a folder of TIFF files).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReadOptions options = reader.toReadOptions();
        List<Object> out = new ArrayList<>();
        for (Path f : files) {
            try (Dataset4D ds = DatasetIO.open(f, options)) {
                out.add(describe(f, ds));
            }
        }
        spec.commandLine().getOut().println(JsonText.pretty(out.size() == 1 ? out.get(0) : out));
        return 0;
    }

    static Map<String, Object> describe(Path f, Dataset4D ds) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.toString());
        m.put("format", ds.provenance().format());
        m.put("scan_shape", List.of(ds.scanShape().rows(), ds.scanShape().cols()));
        m.put("frame_shape", List.of(ds.frameShape().height(), ds.frameShape().width()));
        m.put("frames", ds.frameCount());
        m.put("dtype", ds.elementType().shortName());
        m.put("data_bytes", ds.dataBytes());
        m.put("file_bytes", fileBytes(ds.provenance().files()));
        m.put("scan_shape_source", ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
        m.put("scan_shape_origin", ds.provenance().details().get("scanShapeOrigin"));
        m.put("calibration", calibration(ds.calibration()));
        m.put("files", ds.provenance().files().stream().map(Path::toString).toList());
        m.put("reader_options", ds.provenance().options());
        m.put("details", ds.provenance().details());
        return m;
    }

    private static long fileBytes(List<Path> files) throws IOException {
        long total = 0;
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    for (Path q : s.toList()) {
                        total += Files.isRegularFile(q) ? Files.size(q) : 0;
                    }
                }
            } else if (Files.exists(p)) {
                total += Files.size(p);
            }
        }
        return total;
    }

    private static Map<String, Object> calibration(Calibration c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scan_step", quantity(c.scanStep()));
        m.put("reciprocal_pixel", quantity(c.reciprocalPixel()));
        m.put("beam_energy_kev", c.beamEnergyKeV());
        m.put("convergence_semiangle_mrad", c.convergenceSemiAngleMrad());
        m.put("camera_length_mm", c.cameraLengthMm());
        m.put("scan_rotation_deg", c.scanRotationDeg());
        return m;
    }

    private static Object quantity(Quantity q) {
        if (q == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", q.value());
        m.put("unit", q.unit());
        return m;
    }
}
