package org.polar4d.knime.port;

import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/** Helpers to store maps and optional values in a spec's model content. */
final class SpecContent {

    private SpecContent() {
    }

    static void putMap(ConfigWO content, String key, Map<String, String> map) {
        content.addStringArray(key + ".keys", map.keySet().toArray(new String[0]));
        content.addStringArray(key + ".values", map.values().toArray(new String[0]));
    }

    static Map<String, String> getMap(ConfigRO content, String key) throws InvalidSettingsException {
        String[] keys = content.getStringArray(key + ".keys");
        String[] values = content.getStringArray(key + ".values");
        if (keys.length != values.length) {
            throw new InvalidSettingsException("Spec entry '" + key + "' has " + keys.length + " keys but "
                    + values.length + " values");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], values[i]);
        }
        return map;
    }

    static void putOptional(ConfigWO content, String key, Double value) {
        if (value != null) {
            content.addDouble(key, value);
        }
    }

    static Double getOptional(ConfigRO content, String key) throws InvalidSettingsException {
        return content.containsKey(key) ? content.getDouble(key) : null;
    }

    static void putOptional(ConfigWO content, String key, String value) {
        if (value != null) {
            content.addString(key, value);
        }
    }

    static String getOptionalString(ConfigRO content, String key) throws InvalidSettingsException {
        return content.containsKey(key) ? content.getString(key) : null;
    }

    /** Formats an int with thousands separators: 131072 → "131,072". */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
