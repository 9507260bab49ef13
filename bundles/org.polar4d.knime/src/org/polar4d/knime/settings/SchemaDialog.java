package org.polar4d.knime.settings;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;

/**
 * A node dialog generated from a {@link SettingsSchema}, with the same keys as the node model: one titled group per
 * schema group. A file chooser has no label of its own, so it gets a group titled with its setting's label.
 */
public final class SchemaDialog extends DefaultNodeSettingsPane {

    public SchemaDialog(SettingsSchema schema) {
        for (SettingsSchema.Group group : schema.groups()) {
            String current = null;
            for (Setting<?> s : group.settings()) {
                String title = isFileChooser(s) ? s.label() : group.title();
                if (!title.equals(current)) {
                    createNewGroup(title);
                    current = title;
                }
                addDialogComponent(s.createComponent(s.createModel()));
            }
            closeCurrentGroup();
        }
    }

    private static boolean isFileChooser(Setting<?> s) {
        return s instanceof StringSetting && ((StringSetting) s).usesFileChooser();
    }
}
