package org.polar4d.knime.settings;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * A text setting: free text (optionally checked by a parser), one of fixed choices, or a file/folder path
 * (plain path or {@code knime://} URL; edited with a file chooser).
 */
public final class StringSetting extends Setting<String> {

    /** How the dialog edits the value. */
    public enum Editor {
        TEXT, CHOICE, OPEN_FILE, SAVE_FILE, DIRECTORY
    }

    // JFileChooser.OPEN_DIALOG / SAVE_DIALOG
    private static final int OPEN_DIALOG = 0;
    private static final int SAVE_DIALOG = 1;

    private final Editor editor;
    private final List<String> choices;
    private final boolean allowEmpty;
    private final Function<String, String> validator;
    private final String[] extensions;

    private StringSetting(String key, String label, String defaultValue, Editor editor, List<String> choices,
            boolean allowEmpty, Function<String, String> validator, String[] extensions) {
        super(key, label, defaultValue);
        this.editor = editor;
        this.choices = List.copyOf(choices);
        this.allowEmpty = allowEmpty;
        this.validator = validator;
        this.extensions = extensions.clone();
        if (editor == Editor.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException("default of " + key + " is not a choice");
        }
    }

    /** Free text; {@code validator} returns a problem ("must look like 128x128") or null. */
    public static StringSetting text(String key, String label, String defaultValue, boolean allowEmpty,
            Function<String, String> validator) {
        return new StringSetting(key, label, defaultValue, Editor.TEXT, List.of(), allowEmpty, validator,
                new String[0]);
    }

    /** One of {@code choices} (compared case-insensitively, stored as given in {@code choices}). */
    public static StringSetting choice(String key, String label, String defaultValue, List<String> choices) {
        return new StringSetting(key, label, defaultValue, Editor.CHOICE, choices, false, v -> null, new String[0]);
    }

    /** A path or knime:// URL; {@code editor} is OPEN_FILE, SAVE_FILE or DIRECTORY. */
    public static StringSetting path(String key, String label, Editor editor, boolean allowEmpty,
            String... extensions) {
        if (editor == Editor.TEXT || editor == Editor.CHOICE) {
            throw new IllegalArgumentException("not a path editor: " + editor);
        }
        return new StringSetting(key, label, "", editor, List.of(), allowEmpty, v -> null, extensions);
    }

    public Editor editor() {
        return editor;
    }

    public List<String> choices() {
        return choices;
    }

    /**
     * Whether the dialog edits this setting with KNIME's file chooser. Optional paths use a text field instead: the
     * file chooser refuses to save an empty value.
     */
    public boolean usesFileChooser() {
        return (editor == Editor.OPEN_FILE || editor == Editor.SAVE_FILE || editor == Editor.DIRECTORY) && !allowEmpty;
    }

    @Override
    public void write(ConfigWO settings, String value) {
        settings.addString(key(), value);
    }

    @Override
    public String check(String value) {
        if (value == null || value.isBlank()) {
            return allowEmpty ? null : "must not be empty";
        }
        if (editor == Editor.CHOICE) {
            return canonicalChoice(value) == null ? "must be one of " + String.join(", ", choices) + ", got '"
                    + value + "'" : null;
        }
        return validator.apply(value.trim());
    }

    @Override
    String readRaw(ConfigRO settings) throws InvalidSettingsException {
        String value = settings.getString(key());
        if (value != null && editor == Editor.CHOICE) {
            String canonical = canonicalChoice(value);
            return canonical == null ? value : canonical;
        }
        return value == null ? "" : value.trim();
    }

    private String canonicalChoice(String value) {
        for (String c : choices) {
            if (c.toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }

    @Override
    SettingsModel createModel() {
        return new SettingsModelString(key(), defaultValue());
    }

    @Override
    DialogComponent createComponent(SettingsModel model) {
        SettingsModelString m = (SettingsModelString) model;
        if (!usesFileChooser() && editor != Editor.CHOICE) {
            return new DialogComponentString(m, label());
        }
        switch (editor) {
            case CHOICE:
                return new DialogComponentStringSelection(m, label(), choices.toArray(new String[0]));
            case OPEN_FILE:
                return new DialogComponentFileChooser(m, "polar4d." + key(), OPEN_DIALOG, false, extensions);
            case SAVE_FILE:
                return new DialogComponentFileChooser(m, "polar4d." + key(), SAVE_DIALOG, false, extensions);
            case DIRECTORY:
                return new DialogComponentFileChooser(m, "polar4d." + key(), OPEN_DIALOG, true);
            default:
                return new DialogComponentString(m, label());
        }
    }
}
