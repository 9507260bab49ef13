package org.polar4d.knime.node;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/** Resolves a path setting (a local path or a {@code knime://} URL, e.g. workflow-relative) to a local file. */
public final class KnimeFiles {

    private KnimeFiles() {
    }

    /** @param label the setting's label, named in messages */
    public static Path resolve(String location, String label) throws InvalidSettingsException {
        try {
            Path path = FileUtil.resolveToPath(FileUtil.toURL(location.trim()));
            if (path == null) {
                throw new InvalidSettingsException("Setting '" + label + "': '" + location + "' is not a local file; "
                        + "use a local path or a knime:// URL that points into a local workspace or mount point");
            }
            return path;
        } catch (MalformedURLException | InvalidPathException | URISyntaxException e) {
            throw new InvalidSettingsException("Setting '" + label + "': '" + location + "' is not a valid path or URL ("
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InvalidSettingsException("Setting '" + label + "': cannot resolve '" + location + "' ("
                    + e.getMessage() + ")", e);
        }
    }
}
