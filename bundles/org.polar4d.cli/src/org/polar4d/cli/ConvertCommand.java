package org.polar4d.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.DatasetIO;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d convert IN OUT}: any readable format to NPY or EMD 1.0 (HDF5), streamed. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a 4D-STEM dataset to .npy or EMD 1.0 HDF5 (.h5/.hdf5/.emd), streamed with "
                + "bounded memory; the output is written atomically.",
        footer = {"", "Examples:", "  polar4d convert scan.mib scan.npy",
            "  polar4d convert --flip-frame-y --scan 256x256 scan.mib scan.h5",
            "  polar4d convert --format raw --raw-dtype u16 --raw-endian big --raw-frame 256x256 "
                    + "--raw-frame-header 384 --scan 64x64 frames.bin out.npy",
            "  polar4d convert --dataset /entry/data/data --scan 32x32 stack.h5 cube.emd"})
final class ConvertCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    ReaderOptions reader;

    @Parameters(index = "0", paramLabel = "IN", description = "Input file (or folder of TIFF files).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output file: .npy, .h5, .hdf5 or .emd.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".npy") && !name.endsWith(".h5") && !name.endsWith(".hdf5") && !name.endsWith(".emd")) {
            throw new UsageException("OUT must end in .npy, .h5, .hdf5 or .emd: " + out);
        }
        if (Files.exists(out) && Files.isSameFile(in, out)) {
            throw new UsageException("OUT must differ from IN");
        }
        try (Dataset4D ds = DatasetIO.open(in, reader.toReadOptions());
                ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "convert")) {
            DatasetIO.write(ds, out, progress);
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %s scan of %s frames, %s, %d bytes%n", out,
                    ds.scanShape(), ds.frameShape(), ds.elementType().shortName(), Files.size(out));
        }
        return 0;
    }
}
