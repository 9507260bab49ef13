package org.polar4d.core.io.hdf5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.FormatReader;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ScanShapeSource;
import org.polar4d.core.io.frames.ConcatFrames;
import org.polar4d.core.io.frames.FileDataset;
import org.polar4d.core.io.frames.FrameSource;
import org.polar4d.core.io.frames.ScanCandidate;
import org.polar4d.core.io.frames.ScanResolution;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Reads 4D-STEM data from HDF5 files through jHDF: py4DSTEM EMD 1.0 DataCubes (with calibration from the
 * dim vectors), Dectris Arina NeXus masters (external links to bitshuffle-LZ4 data files; uint32 kept)
 * and any 4-D dataset (or 3-D stack plus a scan shape) by dataset path. Contiguous data are
 * memory-mapped directly; chunked data are read as hyperslabs of whole frames.
 */
public final class Hdf5Reader implements FormatReader {

    private static final Pattern ARINA_DATA = Pattern.compile("data_(\\d+)");

    private final Format requested;

    /** @param requested EMD, ARINA or HDF5 (generic; EMD and Arina files are recognised by content) */
    public Hdf5Reader(Format requested) {
        this.requested = requested;
    }

    @Override
    public Dataset4D open(Path path, ReadOptions options) throws IOException {
        HdfFile hdf = Hdf5Access.open(path);
        Hdf5Access.Owner owner = new Hdf5Access.Owner(hdf);
        try {
            Dataset4D ds;
            if (options.datasetPath() != null && requested != Format.ARINA) {
                ds = generic(path, hdf, owner, options, options.datasetPath());
            } else if (requested == Format.ARINA || (requested != Format.EMD && isArina(hdf))) {
                ds = arina(path, hdf, owner, options);
            } else if ("file".equals(Hdf5Access.string(hdf, "emd_group_type"))) {
                ds = emd(path, hdf, owner, options);
            } else if (requested == Format.EMD) {
                throw new FormatException(path, "root attribute emd_group_type", "missing or not 'file': not an EMD 1.0 file");
            } else {
                ds = generic(path, hdf, owner, options, onlyCube(path, hdf));
            }
            owner.closeIfUnused();
            return ds;
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            owner.close();
            if (e instanceof IOException io) {
                throw io;
            }
            throw Hdf5Access.failure(path, "HDF5 structure", e);
        }
    }

    private static boolean isArina(HdfFile hdf) {
        Node entry = hdf.getChild("entry");
        return entry instanceof Group g && g.getChild("data") instanceof Group data && !arinaLinks(data).isEmpty();
    }

    private static Map<Integer, String> arinaLinks(Group data) {
        Map<Integer, String> links = new TreeMap<>();
        for (String name : data.getChildren().keySet()) {
            Matcher m = ARINA_DATA.matcher(name);
            if (m.matches()) {
                links.put(Integer.parseInt(m.group(1)), name);
            }
        }
        return links;
    }

    // ---------------------------------------------------------------- EMD 1.0 (py4DSTEM)

    private Dataset4D emd(Path path, HdfFile hdf, Hdf5Access.Owner owner, ReadOptions options) throws IOException {
        Group array = findDataCube(hdf);
        if (array == null) {
            throw new FormatException(path, "EMD tree", "no 4-D array node (emd_group_type 'array' with a 'data' dataset)"
                    + " found; give the dataset path explicitly");
        }
        Dataset data = (Dataset) array.getChild("data");
        Calibration cal = Calibration.NONE;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("dataset", data.getPath());
        String pythonClass = Hdf5Access.string(array, "python_class");
        if (pythonClass != null) {
            details.put("pythonClass", pythonClass);
        }
        Dim r = dim(array, 0);
        Dim q = dim(array, 2);
        if (r != null) {
            details.put("dimNames", dimNames(array));
            if (r.unit() != null) {
                cal = cal.withScanStep(new Quantity(r.step(), r.unit()));
            }
        }
        if (q != null && q.unit() != null) {
            cal = cal.withReciprocalPixel(new Quantity(q.step(), q.unit()));
        }
        cal = polar4dMetadata(array.getParent(), cal);
        return cube(path, data, owner, options, Format.EMD, cal, details);
    }

    /** Step and unit of {@code dim<i>} (unit null when uncalibrated), or null if absent. */
    private record Dim(double step, String unit) {
    }

    private static Dim dim(Group array, int i) {
        Node n = array.getChild("dim" + i);
        if (!(n instanceof Dataset d) || d.getDimensions().length != 1 || d.getDimensions()[0] < 2) {
            return null;
        }
        Object v = d.getData();
        if (!(v.getClass().isArray()) || java.lang.reflect.Array.getLength(v) < 2) {
            return null;
        }
        Double a = Hdf5Access.number(java.lang.reflect.Array.get(v, 0));
        Double b = Hdf5Access.number(java.lang.reflect.Array.get(v, 1));
        if (a == null || b == null || !Double.isFinite(b - a)) {
            return null;
        }
        return new Dim(b - a, Units.fromPy4dstem(Hdf5Access.string(d, "units")));
    }

    private static String dimNames(Group array) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Node n = array.getChild("dim" + i);
            String name = n == null ? null : Hdf5Access.string(n, "name");
            names.add(name == null ? "?" : name);
        }
        return String.join(",", names);
    }

    /** Beam energy, convergence, camera length and rotation written by Polar4D's EMD writer. */
    private static Calibration polar4dMetadata(Group root, Calibration cal) {
        if (root == null || !(root.getChild("metadatabundle") instanceof Group bundle)
                || !(bundle.getChild("polar4d") instanceof Group meta)) {
            return cal;
        }
        Double energy = scalar(meta, "beam_energy_keV");
        Double alpha = scalar(meta, "convergence_semiangle_mrad");
        Double length = scalar(meta, "camera_length_mm");
        Double rotation = scalar(meta, "scan_rotation_degrees");
        Calibration c = cal.withBeamEnergyKeV(energy).withConvergenceSemiAngleMrad(alpha).withCameraLengthMm(length)
                .withScanRotationDeg(rotation);
        Double step = scalar(meta, "scan_step");
        String stepUnit = text(meta, "scan_step_units");
        if (step != null && stepUnit != null) {
            c = c.withScanStep(new Quantity(step, stepUnit));
        }
        Double pixel = scalar(meta, "reciprocal_pixel_size");
        String pixelUnit = text(meta, "reciprocal_pixel_units");
        if (pixel != null && pixelUnit != null) {
            c = c.withReciprocalPixel(new Quantity(pixel, pixelUnit));
        }
        return c;
    }

    private static Double scalar(Group g, String name) {
        return g.getChild(name) instanceof Dataset d && d.isScalar() ? Hdf5Access.number(d.getData()) : null;
    }

    private static String text(Group g, String name) {
        return g.getChild(name) instanceof Dataset d && d.isScalar() && d.getData() instanceof String s ? s : null;
    }

    private static Group findDataCube(Group g) {
        Group fallback = null;
        for (Node n : g.getChildren().values()) {
            if (n instanceof Group child) {
                if ("array".equals(Hdf5Access.string(child, "emd_group_type"))
                        && child.getChild("data") instanceof Dataset d && d.getDimensions().length == 4) {
                    if ("DataCube".equals(Hdf5Access.string(child, "python_class"))) {
                        return child;
                    }
                    fallback = fallback == null ? child : fallback;
                }
                Group deeper = findDataCube(child);
                if (deeper != null && "DataCube".equals(Hdf5Access.string(deeper, "python_class"))) {
                    return deeper;
                }
                fallback = fallback == null ? deeper : fallback;
            }
        }
        return fallback;
    }

    // ---------------------------------------------------------------- Dectris Arina

    private Dataset4D arina(Path path, HdfFile hdf, Hdf5Access.Owner owner, ReadOptions options) throws IOException {
        if (!(hdf.getByPath("/entry/data") instanceof Group data) || arinaLinks(data).isEmpty()) {
            throw new FormatException(path, "/entry/data", "no data_NNNNNN links: not a Dectris Arina master file");
        }
        List<FrameSource> parts = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(path));
        for (String name : arinaLinks(data).values()) {
            Dataset d;
            try {
                d = hdf.getDatasetByPath("/entry/data/" + name);
            } catch (RuntimeException e) {
                throw new FormatException(path, "/entry/data/" + name, "cannot follow the link to its data file ("
                        + e.getMessage() + "); is the companion data file missing?");
            }
            int[] dims = d.getDimensions();
            if (dims.length != 3) {
                throw new FormatException(path, "/entry/data/" + name, "expected (images, height, width), got rank "
                        + dims.length);
            }
            long frames = dims[0];
            Double low = Hdf5Access.number(d, "image_nr_low");
            Double high = Hdf5Access.number(d, "image_nr_high");
            if (low != null && high != null && high >= low && high - low + 1 < frames) {
                frames = (long) (high - low + 1);
            }
            Path dataFile = d.getHdfFile().getFileAsPath();
            if (!files.contains(dataFile)) {
                files.add(dataFile);
            }
            if (frames > 0) {
                parts.add(Hdf5Access.frames(dataFile, d, frames, owner));
            }
        }
        if (parts.isEmpty()) {
            throw new FormatException(path, "/entry/data", "the linked data sets hold no frames");
        }
        FrameSource source = new ConcatFrames(parts);
        Map<String, String> details = new LinkedHashMap<>();
        Node detector = hdf.getByPath("/entry/instrument/detector");
        if (detector instanceof Group det) {
            String description = text(det, "description");
            if (description != null) {
                details.put("detector", description);
            }
            Double px = scalar(det, "x_pixel_size");
            if (px != null) {
                details.put("detectorPixelSize", px + " m");
            }
        }
        List<ScanCandidate> candidates = new ArrayList<>();
        Calibration cal = Calibration.NONE;
        Path meta = arinaScanFile(path);
        if (meta != null) {
            files.add(meta);
            try (HdfFile m = Hdf5Access.open(meta)) {
                if (m.getChild("STEM Metadata") instanceof Group stem) {
                    Double nx = Hdf5Access.number(stem, "NumPixelsX");
                    Double ny = Hdf5Access.number(stem, "NumPixelsY");
                    if (nx != null && ny != null && nx >= 1 && ny >= 1 && nx * ny <= Integer.MAX_VALUE) {
                        candidates.add(ScanCandidate.exact(new ScanShape(ny.intValue(), nx.intValue()),
                                ScanShapeSource.SIDECAR, meta.getFileName() + " NumPixelsX/Y"));
                    }
                    cal = stemCalibration(stem);
                }
            } catch (RuntimeException e) {
                throw Hdf5Access.failure(meta, "STEM Metadata", e);
            }
        }
        ScanShape square = ScanResolution.squareOf(source.frameCount());
        if (square != null) {
            candidates.add(ScanCandidate.exact(square, ScanShapeSource.INFERRED, "square"));
        }
        Provenance prov = new Provenance(files, Format.ARINA.cliName(), options.asProvenance(), details);
        return FileDataset.open(source, path, options, candidates, cal, prov);
    }

    private static Calibration stemCalibration(Group stem) {
        Calibration cal = Calibration.NONE;
        Double px = Hdf5Access.number(stem, "Pixel Size");
        if (px != null && px > 0) {
            cal = cal.withScanStep(new Quantity(px, "nm"));
        }
        Double ht = Hdf5Access.number(stem, "High Tension");
        if (ht != null && ht > 0) {
            cal = cal.withBeamEnergyKeV(ht / 1000);
        }
        Double cl = Hdf5Access.number(stem, "Camera Length");
        if (cl != null && cl > 0) {
            cal = cal.withCameraLengthMm(cl * 1000);
        }
        Double rot = Hdf5Access.number(stem, "Rotation");
        return rot == null ? cal : cal.withScanRotationDeg(rot);
    }

    /** {@code <name>.h5} next to {@code <name>_master.h5}, if present. */
    private static Path arinaScanFile(Path master) {
        String name = master.getFileName().toString();
        if (!name.endsWith("_master.h5")) {
            return null;
        }
        Path p = master.resolveSibling(name.substring(0, name.length() - "_master.h5".length()) + ".h5");
        return Files.isRegularFile(p) ? p : null;
    }

    // ---------------------------------------------------------------- any dataset by path

    private static String onlyCube(Path path, HdfFile hdf) throws FormatException {
        List<String> found = new ArrayList<>();
        collect4d(hdf, found);
        if (found.size() == 1) {
            return found.get(0);
        }
        throw new FormatException(path, "dataset path", found.isEmpty()
                ? "no 4-D dataset found; give the path of a 3-D stack with a scan shape"
                : "several 4-D datasets (" + String.join(", ", found) + "); give the dataset path");
    }

    private static void collect4d(Group g, List<String> found) {
        for (Node n : g.getChildren().values()) {
            if (n instanceof Dataset d && !n.isLink() && d.getDimensions().length == 4) {
                found.add(d.getPath());
            } else if (n instanceof Group child && !n.isLink()) {
                collect4d(child, found);
            }
        }
    }

    private Dataset4D generic(Path path, HdfFile hdf, Hdf5Access.Owner owner, ReadOptions options, String datasetPath)
            throws IOException {
        Node n;
        try {
            n = hdf.getByPath(datasetPath);
        } catch (RuntimeException e) {
            throw new FormatException(path, "dataset path " + datasetPath, "not found");
        }
        if (!(n instanceof Dataset d)) {
            throw new FormatException(path, "dataset path " + datasetPath, "is a group, not a dataset");
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("dataset", d.getPath());
        Format format = "file".equals(Hdf5Access.string(hdf, "emd_group_type")) ? Format.EMD : Format.HDF5;
        return cube(path, d, owner, options, format, Calibration.NONE, details);
    }

    private static Dataset4D cube(Path path, Dataset d, Hdf5Access.Owner owner, ReadOptions options, Format format,
            Calibration cal, Map<String, String> details) throws IOException {
        int[] dims = d.getDimensions();
        if (dims.length < 2 || dims.length > 4) {
            throw new FormatException(path, "dataset " + d.getPath(), "rank " + dims.length
                    + " is not a 4D-STEM dataset (expected 4-D, a 3-D stack of frames or one 2-D frame)");
        }
        for (int x : dims) {
            if (x < 1) {
                throw new FormatException(path, "dataset " + d.getPath(), "empty dimension in shape "
                        + java.util.Arrays.toString(dims));
            }
        }
        long frames = dims.length == 2 ? 1 : dims.length == 3 ? dims[0] : (long) dims[0] * dims[1];
        List<ScanCandidate> candidates = new ArrayList<>();
        if (dims.length == 4) {
            candidates.add(ScanCandidate.exact(new ScanShape(dims[0], dims[1]), ScanShapeSource.HEADER, "dataset shape"));
        } else if (dims.length == 2) {
            candidates.add(ScanCandidate.exact(new ScanShape(1, 1), ScanShapeSource.HEADER, "single frame"));
        } else {
            ScanShape square = ScanResolution.squareOf(frames);
            if (square != null) {
                candidates.add(ScanCandidate.exact(square, ScanShapeSource.INFERRED, "square stack"));
            }
            candidates.add(ScanCandidate.exact(new ScanShape(1, (int) frames), ScanShapeSource.INFERRED, "one scan line"));
        }
        details.put("layout", d.getDataLayout().name().toLowerCase(java.util.Locale.ROOT));
        if (!d.getFilters().isEmpty()) {
            details.put("filters", d.getFilters().toString());
        }
        FrameSource source = Hdf5Access.frames(path, d, frames, owner);
        List<Path> files = new ArrayList<>(source.files());
        if (!files.contains(path)) {
            files.add(0, path);
        }
        Provenance prov = new Provenance(files, format.cliName(), options.asProvenance(), details);
        return FileDataset.open(source, path, options, candidates, cal, prov);
    }
}
