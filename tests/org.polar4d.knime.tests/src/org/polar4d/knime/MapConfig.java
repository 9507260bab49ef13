package org.polar4d.knime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Map-backed test double of KNIME's settings and model-content interfaces (which are interfaces, so tests run
 * without KNIME). Getters are typed like KNIME's: asking for the wrong type of an entry fails.
 */
public final class MapConfig implements NodeSettingsRO, NodeSettingsWO, ModelContentRO, ModelContentWO {

    private final Map<String, Object> entries = new LinkedHashMap<>();

    public Map<String, Object> entries() {
        return entries;
    }

    /** Puts a raw entry, e.g. what a flow variable would override. */
    public MapConfig with(String key, Object value) {
        entries.put(key, value);
        return this;
    }

    private <T> T get(String key, Class<T> type) throws InvalidSettingsException {
        Object v = entries.get(key);
        if (!entries.containsKey(key)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        if (v != null && !type.isInstance(v)) {
            throw new InvalidSettingsException("Entry \"" + key + "\" is not of type " + type.getSimpleName());
        }
        return type.cast(v);
    }

    @Override
    public int getInt(String key) throws InvalidSettingsException {
        return get(key, Integer.class);
    }

    @Override
    public double getDouble(String key) throws InvalidSettingsException {
        return get(key, Double.class);
    }

    @Override
    public String getString(String key) throws InvalidSettingsException {
        return get(key, String.class);
    }

    @Override
    public boolean getBoolean(String key) throws InvalidSettingsException {
        return get(key, Boolean.class);
    }

    @Override
    public int[] getIntArray(String key) throws InvalidSettingsException {
        return get(key, int[].class).clone();
    }

    @Override
    public String[] getStringArray(String key) throws InvalidSettingsException {
        return get(key, String[].class).clone();
    }

    @Override
    public Set<String> keySet() {
        return entries.keySet();
    }

    @Override
    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    @Override
    public ModelContentRO getModelContent(String key) throws InvalidSettingsException {
        return get(key, MapConfig.class);
    }

    @Override
    public void addInt(String key, int value) {
        entries.put(key, value);
    }

    @Override
    public void addDouble(String key, double value) {
        entries.put(key, value);
    }

    @Override
    public void addString(String key, String value) {
        entries.put(key, value);
    }

    @Override
    public void addBoolean(String key, boolean value) {
        entries.put(key, value);
    }

    @Override
    public void addIntArray(String key, int... values) {
        entries.put(key, values.clone());
    }

    @Override
    public void addStringArray(String key, String... values) {
        entries.put(key, values.clone());
    }

    @Override
    public ModelContentWO addModelContent(String key) {
        MapConfig child = new MapConfig();
        entries.put(key, child);
        return child;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        entries.forEach((k, v) -> s.append(k).append('=')
                .append(v instanceof Object[] ? Arrays.toString((Object[]) v) : String.valueOf(v)).append(", "));
        return s.append('}').toString();
    }
}
