package org.polar4d.knime.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Validated values of a node's settings (immutable). */
public final class SettingValues {

    private final Map<Setting<?>, Object> values;

    SettingValues(Map<Setting<?>, Object> values) {
        this.values = new LinkedHashMap<>(values);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Object v = values.get(setting);
        if (v == null) {
            throw new IllegalArgumentException("no value for setting " + setting);
        }
        return (T) v;
    }

    /** A copy with {@code setting} set to {@code value} (not validated; for tests and defaults). */
    public <T> SettingValues with(Setting<T> setting, T value) {
        if (!values.containsKey(setting)) {
            throw new IllegalArgumentException("unknown setting " + setting);
        }
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(setting, value);
        return new SettingValues(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SettingValues && ((SettingValues) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        values.forEach((k, v) -> j.add(k.key() + "=" + v));
        return j.toString();
    }
}
