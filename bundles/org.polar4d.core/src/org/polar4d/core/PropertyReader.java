package org.polar4d.core;

import java.util.Locale;
import java.util.Map;

/**
 * Typed reading of settings stored as key-value properties under a common prefix (recipes,
 * augmentation and filter settings). Missing keys give the default; malformed values an
 * {@link IllegalArgumentException} that names the full key.
 */
public final class PropertyReader {

    private final Map<String, String> properties;
    private final String prefix;

    public PropertyReader(Map<String, String> properties, String prefix) {
        this.properties = properties;
        this.prefix = prefix;
    }

    public String text(String key, String def) {
        String v = properties.get(prefix + key);
        return v == null ? def : v.trim();
    }

    public int integer(String key, int def) {
        String v = properties.get(prefix + key);
        try {
            return v == null ? def : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(prefix + key + " must be an integer, got '" + v + "'");
        }
    }

    public double real(String key, double def) {
        String v = properties.get(prefix + key);
        try {
            return v == null ? def : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(prefix + key + " must be a number, got '" + v + "'");
        }
    }

    public boolean bool(String key, boolean def) {
        String v = properties.get(prefix + key);
        if (v == null) {
            return def;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(prefix + key + " must be true or false, got '" + v + "'");
        };
    }
}
