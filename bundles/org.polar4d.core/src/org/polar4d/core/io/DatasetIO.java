package org.polar4d.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.blo.BloReader;
import org.polar4d.core.io.empad.EmpadReader;
import org.polar4d.core.io.mib.MibReader;
import org.polar4d.core.io.npy.NpyReader;
import org.polar4d.core.io.npy.NpyWriter;
import org.polar4d.core.io.raw.RawReader;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * Opens 4D-STEM datasets in every supported format and writes them as NPY or EMD 1.0 (HDF5).
 *
 * <p>Orientation convention: frame row 0 is the first row stored in the file (the top), scan row 0 is
 * the first scan line, frames are in file order; no reader flips implicitly. {@link Orientation}
 * options flip or transpose frames and scan for every format alike.
 */
public final class DatasetIO {

    private DatasetIO() {
    }

    /** Opens a dataset, detecting the format from content and extension. */
    public static Dataset4D open(Path path) throws IOException {
        return open(path, ReadOptions.DEFAULT);
    }

    /** Opens a dataset lazily (memory-mapped where possible). The caller closes it. */
    public static Dataset4D open(Path path, ReadOptions options) throws IOException {
        Format format = options.format() != null ? options.format() : FormatDetector.detect(path, options);
        Dataset4D ds = reader(format).open(path, options);
        return OrientedDataset.apply(ds, options.orientation());
    }

    /** The reader of a format. */
    public static FormatReader reader(Format format) {
        return switch (format) {
            case NPY -> new NpyReader();
            case MIB -> new MibReader();
            case EMPAD -> new EmpadReader();
            case BLO -> new BloReader();
            case RAW -> new RawReader();
            default -> (p, o) -> {
                throw new FormatException(p, "format", format.cliName() + " is not readable yet");
            };
        };
    }

    /**
     * Writes a dataset; the format follows the extension: {@code .npy} (NumPy) or {@code .h5}, {@code .hdf5},
     * {@code .emd} (EMD 1.0 / py4DSTEM DataCube). Written atomically: on failure or cancellation the
     * target is untouched.
     */
    public static void write(Dataset4D dataset, Path out, Progress progress) throws IOException, CanceledException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            NpyWriter.write(dataset, out, progress);
        } else {
            throw new FormatException(out, "output file name", "unsupported extension; use .npy, .h5, .hdf5 or .emd");
        }
    }
}
