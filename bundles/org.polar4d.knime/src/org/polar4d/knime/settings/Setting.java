package org.polar4d.knime.settings;

import java.util.Objects;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * One scalar node setting: a stable key (never rename: saved workflows and flow variables refer to it), the label
 * shown in the dialog and used as option name in the node description, a default and the rule for valid values.
 * Each setting is stored as a single top-level entry, so KNIME's Flow Variables tab can override it.
 *
 * @param <T> value type
 */
public abstract class Setting<T> {

    private final String key;
    private final String label;
    private final T defaultValue;

    Setting(String key, String label, T defaultValue) {
        this.key = Objects.requireNonNull(key);
        this.label = Objects.requireNonNull(label);
        this.defaultValue = Objects.requireNonNull(defaultValue);
    }

    public final String key() {
        return key;
    }

    public final String label() {
        return label;
    }

    public final T defaultValue() {
        return defaultValue;
    }

    /** Reads and validates the value; a missing entry or an invalid value names this setting. */
    public final T read(ConfigRO settings) throws InvalidSettingsException {
        if (!settings.containsKey(key)) {
            throw new InvalidSettingsException("Setting '" + label + "' (" + key + ") is missing");
        }
        T value = readRaw(settings);
        String problem = check(value);
        if (problem != null) {
            throw new InvalidSettingsException("Setting '" + label + "' (" + key + ") " + problem);
        }
        return value;
    }

    /** Writes {@code value} under this setting's key. */
    public abstract void write(ConfigWO settings, T value);

    /** The value's problem in words ("must be at least 1, got 0"), or null if it is valid. */
    public abstract String check(T value);

    /** Human-readable form of a value, e.g. for summaries. */
    public String format(T value) {
        return String.valueOf(value);
    }

    abstract T readRaw(ConfigRO settings) throws InvalidSettingsException;

    /** A fresh KNIME settings model with this key and default (one per dialog). */
    abstract SettingsModel createModel();

    /** The dialog component editing {@code model}, labelled with {@link #label()}. */
    abstract DialogComponent createComponent(SettingsModel model);

    @Override
    public String toString() {
        return label + " (" + key + ")";
    }
}
