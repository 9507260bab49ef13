package org.polar4d.knime.workflow;

import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * KNIME's settings interfaces over a {@link KnimeConfig}: a node's settings schema saves into it exactly as the node
 * model's {@code saveSettingsTo} does inside KNIME. Only writing is supported.
 */
final class ConfigWriter implements NodeSettingsWO, NodeSettingsRO {

    private final KnimeConfig config;

    ConfigWriter(KnimeConfig config) {
        this.config = config;
    }

    @Override
    public void addInt(String key, int value) {
        config.addInt(key, value);
    }

    @Override
    public void addDouble(String key, double value) {
        config.addDouble(key, value);
    }

    @Override
    public void addString(String key, String value) {
        config.addString(key, value);
    }

    @Override
    public void addBoolean(String key, boolean value) {
        config.addBoolean(key, value);
    }

    @Override
    public void addIntArray(String key, int... values) {
        config.addIntArray(key, values);
    }

    @Override
    public void addStringArray(String key, String... values) {
        throw new UnsupportedOperationException("node settings are scalars");
    }

    // read side unused: settings are only written here

    @Override
    public int getInt(String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    @Override
    public double getDouble(String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getString(String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean getBoolean(String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    @Override
    public int[] getIntArray(String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    @Override
    public String[] getStringArray(String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> keySet() {
        return config.children().keySet();
    }

    @Override
    public boolean containsKey(String key) {
        return config.has(key);
    }
}
