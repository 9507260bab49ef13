package org.polar4d.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.ReadOptions;

import picocli.CommandLine.Option;

/** How input datasets are opened; mix in with {@code @Mixin InputOptions input;}. */
final class InputOptions {

    @Option(names = "--scan-shape", paramLabel = "ROWSxCOLS",
            description = "Scan shape, for files that do not record it (e.g. 128x128).")
    String scanShape;

    /** Opens a dataset read-only with these options; the caller closes it. */
    Dataset4D open(Path file) throws IOException, UsageException {
        ReadOptions options = ReadOptions.DEFAULT;
        if (scanShape != null) {
            try {
                options = options.withScanShape(ScanShape.parse(scanShape));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--scan-shape: " + e.getMessage());
            }
        }
        return DatasetIO.open(file, options);
    }
}
