package org.polar4d.knime.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * The settings of one node: named groups of {@link Setting}s in dialog order, plus an optional check across
 * settings. Saves, validates and loads {@link SettingValues}; every failure message names the setting.
 */
public final class SettingsSchema {

    /** A check across several settings; throws with a message that names the settings involved. */
    @FunctionalInterface
    public interface CrossCheck {
        void check(SettingValues values) throws InvalidSettingsException;
    }

    /** A titled group of settings in the dialog. */
    public record Group(String title, List<Setting<?>> settings) {
        public Group {
            settings = List.copyOf(settings);
        }
    }

    /** A schema without settings. */
    public static final SettingsSchema EMPTY = new SettingsSchema(List.of(), v -> {
    });

    private final List<Group> groups;
    private final CrossCheck crossCheck;

    private SettingsSchema(List<Group> groups, CrossCheck crossCheck) {
        this.groups = List.copyOf(groups);
        this.crossCheck = crossCheck;
        Set<String> keys = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Setting<?> s : settings()) {
            if (!keys.add(s.key()) || !labels.add(s.label())) {
                throw new IllegalArgumentException("duplicate setting key or label: " + s);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Group> groups() {
        return groups;
    }

    /** All settings in dialog order. */
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.settings()));
        return all;
    }

    public SettingValues defaults() {
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        for (Setting<?> s : settings()) {
            values.put(s, s.defaultValue());
        }
        return new SettingValues(values);
    }

    public void save(SettingValues values, ConfigWO settings) {
        for (Setting<?> s : settings()) {
            write(s, values, settings);
        }
    }

    private static <T> void write(Setting<T> s, SettingValues values, ConfigWO settings) {
        s.write(settings, values.get(s));
    }

    /** Reads and validates every setting and the cross-setting rules. */
    public SettingValues load(ConfigRO settings) throws InvalidSettingsException {
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        for (Setting<?> s : settings()) {
            values.put(s, s.read(settings));
        }
        SettingValues result = new SettingValues(values);
        crossCheck.check(result);
        return result;
    }

    /** Builds a schema group by group. */
    public static final class Builder {
        private final List<Group> groups = new ArrayList<>();
        private CrossCheck crossCheck = v -> {
        };

        public Builder group(String title, Setting<?>... settings) {
            groups.add(new Group(title, List.of(settings)));
            return this;
        }

        public Builder crossCheck(CrossCheck check) {
            this.crossCheck = check;
            return this;
        }

        public SettingsSchema build() {
            return new SettingsSchema(groups, crossCheck);
        }
    }
}
