package org.polar4d.core.io.hdf5;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.polar4d.core.Polar4D;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.io.frames.AtomicOutput;
import org.polar4d.core.io.frames.FrameBlocks;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * Writes a dataset as an EMD 1.0 file with a py4DSTEM DataCube, the layout py4DSTEM/emdfile and
 * HyperSpy-family readers (RosettaSciIO) open:
 *
 * <pre>
 * /                         emd_group_type=file, version_major=1, version_minor=0, UUID, authoring_program
 * /datacube_root            emd_group_type=root, python_class=Root
 *   datacube                emd_group_type=array, python_class=DataCube
 *     data                  (Rx, Ry, Qx, Qy) = (scanRow, scanCol, frameRow, frameCol), attr units
 *     dim0..dim3            [origin, step] with attrs name, units
 *   metadatabundle          emd_group_type=metadatabundle
 *     calibration           py4DSTEM Calibration: R/Q pixel size and units, QR_flip
 *     polar4d               beam energy, convergence, camera length and the source provenance
 * </pre>
 *
 * The data are stored contiguously in the dataset's element type (float16 widened to float32),
 * streamed block by block into a temporary file that replaces the target only when complete.
 */
public final class EmdWriter {

    private EmdWriter() {
    }

    public static void write(Dataset4D ds, Path out, Progress progress) throws IOException, CanceledException {
        ElementType type = FrameBlocks.storedType(ds);
        H5Node.Group root = tree(ds, type);
        AtomicOutput.write(out, ch -> {
            Hdf5Writer w = new Hdf5Writer(root);
            w.writeMetadata(ch);
            ch.position(w.dataAddress());
            FrameBlocks.stream(ds, type, ByteOrder.LITTLE_ENDIAN, progress, block -> {
                while (block.hasRemaining()) {
                    ch.write(block);
                }
            });
            if (ch.size() != w.endOfFile()) {
                throw new IOException(out + ": wrote " + ch.size() + " bytes, expected " + w.endOfFile());
            }
        });
    }

    static H5Node.Group tree(Dataset4D ds, ElementType type) {
        H5Node.Group file = new H5Node.Group("");
        file.attr("emd_group_type", "file").attr("version_major", 1L).attr("version_minor", 0L)
                .attr("UUID", UUID.randomUUID().toString()).attr("authoring_program", Polar4D.NAME + " " + Polar4D.version())
                .attr("authoring_user", "");
        H5Node.Group root = file.group("datacube_root");
        root.attr("emd_group_type", "root").attr("python_class", "Root");
        H5Node.Group cube = root.group("datacube");
        cube.attr("emd_group_type", "array").attr("python_class", "DataCube");
        long[] dims = {ds.scanShape().rows(), ds.scanShape().cols(), ds.frameShape().height(), ds.frameShape().width()};
        cube.streamed("data", H5Type.of(type), dims).attr("units", "pixel intensity");
        Calibration c = ds.calibration();
        Quantity r = Units.toPy4dstemReal(c.scanStep());
        Quantity q = Units.toPy4dstemReciprocal(c.reciprocalPixel());
        String[] names = {"Rx", "Ry", "Qx", "Qy"};
        for (int i = 0; i < 4; i++) {
            Quantity step = i < 2 ? r : q;
            cube.data("dim" + i, H5Type.F64, new long[] {2}, new double[] {0, step.value()}).attr("name", names[i])
                    .attr("units", step.unit());
        }
        H5Node.Group bundle = root.group("metadatabundle");
        bundle.attr("emd_group_type", "metadatabundle");
        H5Node.Group cal = bundle.group("calibration");
        cal.attr("emd_group_type", "metadata").attr("python_class", "Calibration");
        number(cal, "R_pixel_size", r.value());
        string(cal, "R_pixel_units", r.unit());
        number(cal, "Q_pixel_size", q.value());
        string(cal, "Q_pixel_units", q.unit());
        cal.data("QR_flip", H5Type.BOOL, null, Boolean.FALSE).attr("type", "bool");
        H5Node.Group meta = bundle.group("polar4d");
        meta.attr("emd_group_type", "metadata").attr("python_class", "Metadata");
        optional(meta, "beam_energy_keV", c.beamEnergyKeV());
        optional(meta, "convergence_semiangle_mrad", c.convergenceSemiAngleMrad());
        optional(meta, "camera_length_mm", c.cameraLengthMm());
        optional(meta, "scan_rotation_degrees", c.scanRotationDeg());
        if (c.scanStep() != null) {
            number(meta, "scan_step", c.scanStep().value());
            string(meta, "scan_step_units", c.scanStep().unit());
        }
        if (c.reciprocalPixel() != null) {
            number(meta, "reciprocal_pixel_size", c.reciprocalPixel().value());
            string(meta, "reciprocal_pixel_units", c.reciprocalPixel().unit());
        }
        string(meta, "source_format", ds.provenance().format());
        string(meta, "source_files", String.join("\n", ds.provenance().files().stream().map(Path::toString).toList()));
        string(meta, "source_options", join(ds.provenance().options()));
        string(meta, "source_details", join(ds.provenance().details()));
        string(meta, "element_type", ds.elementType().shortName());
        return file;
    }

    private static String join(Map<String, String> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : "\n").append(k).append('=').append(v));
        return b.toString();
    }

    private static void number(H5Node.Group g, String key, double v) {
        g.data(key, H5Type.F64, null, v).attr("type", "number");
    }

    private static void optional(H5Node.Group g, String key, Double v) {
        if (v != null) {
            number(g, key, v);
        }
    }

    private static void string(H5Node.Group g, String key, String v) {
        g.data(key, H5Type.VLEN_STRING, null, v).attr("type", "string");
    }
}
