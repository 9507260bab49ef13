package org.knime.core.util;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

public final class FileUtil {

    private FileUtil() {
    }

    public static URL toURL(final String path) throws MalformedURLException, InvalidPathException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public static Path resolveToPath(final URL url) throws IOException, URISyntaxException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
