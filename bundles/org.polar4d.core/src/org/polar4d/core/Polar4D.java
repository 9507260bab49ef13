package org.polar4d.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Product-wide facts: name and version. */
public final class Polar4D {

    public static final String NAME = "Polar4D";

    private static final String VERSION = loadVersion();

    private Polar4D() {
    }

    /** The product version, e.g. {@code 1.0.0}. */
    public static String version() {
        return VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = Polar4D.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "1.0.0");
        } catch (IOException e) {
            return "1.0.0";
        }
    }
}
