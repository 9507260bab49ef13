package org.polar4d.knime.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.polar4d.knime.MapConfig;

class SettingsSchemaTest {

    static final IntSetting EPOCHS = new IntSetting("epochs", "Maximum epochs", 20, 1, 1000);
    static final DoubleSetting RATE = new DoubleSetting("learningRate", "Learning rate", 2e-4, 1e-7, 1, 1e-4);
    static final BooleanSetting FILTER = new BooleanSetting("filter", "Filter patterns", true);
    static final StringSetting HEAD = StringSetting.choice("head", "Head", "prototype",
            List.of("classification", "regression", "prototype"));
    static final StringSetting SHAPE = StringSetting.text("scanShape", "Scan shape", "", true,
            v -> v.matches("\\d+x\\d+") ? null : "must look like ROWSxCOLS, got '" + v + "'");
    static final StringSetting FILE = StringSetting.path("file", "Input file", StringSetting.Editor.OPEN_FILE, false,
            ".mib");

    static final SettingsSchema SCHEMA = SettingsSchema.builder().group("Training", EPOCHS, RATE, HEAD)
            .group("Data", FILTER, SHAPE, FILE)
            .crossCheck(v -> {
                if (v.get(EPOCHS) > 100 && v.get(FILTER)) {
                    throw new InvalidSettingsException("'Maximum epochs' above 100 needs 'Filter patterns' off");
                }
            }).build();

    private static MapConfig saved(SettingValues values) {
        MapConfig c = new MapConfig();
        SCHEMA.save(values, c);
        return c;
    }

    @Test
    void roundTripsDefaultsAndChangedValues() throws Exception {
        SettingValues defaults = SCHEMA.defaults().with(FILE, "/data/scan.mib");
        assertEquals(defaults, SCHEMA.load(saved(defaults)));
        SettingValues changed = defaults.with(EPOCHS, 7).with(RATE, 0.01).with(HEAD, "regression")
                .with(FILTER, false).with(SHAPE, "256x128");
        assertEquals(changed, SCHEMA.load(saved(changed)));
    }

    @Test
    void everySettingIsOneTopLevelEntryUnderItsKey() {
        MapConfig c = saved(SCHEMA.defaults().with(FILE, "x.mib"));
        assertEquals(List.of("epochs", "learningRate", "head", "filter", "scanShape", "file"),
                List.copyOf(c.keySet()));
        assertEquals(20, c.entries().get("epochs"));
        assertEquals("prototype", c.entries().get("head"));
    }

    @Test
    void flowVariableOverridesAreValidatedAndNameTheSetting() {
        MapConfig c = saved(SCHEMA.defaults().with(FILE, "x.mib")).with("epochs", 0);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SCHEMA.load(c));
        assertEquals("Setting 'Maximum epochs' (epochs) must be between 1 and 1000, got 0", e.getMessage());

        c.with("epochs", 5).with("head", "softmax");
        e = assertThrows(InvalidSettingsException.class, () -> SCHEMA.load(c));
        assertTrue(e.getMessage().startsWith("Setting 'Head' (head) must be one of classification, regression, "
                + "prototype"), e.getMessage());

        c.with("head", "REGRESSION").with("scanShape", "12 by 4");
        e = assertThrows(InvalidSettingsException.class, () -> SCHEMA.load(c));
        assertEquals("Setting 'Scan shape' (scanShape) must look like ROWSxCOLS, got '12 by 4'", e.getMessage());

        c.with("scanShape", "").with("learningRate", Double.NaN);
        e = assertThrows(InvalidSettingsException.class, () -> SCHEMA.load(c));
        assertTrue(e.getMessage().startsWith("Setting 'Learning rate' (learningRate) must be between"));
    }

    @Test
    void choicesAreCaseInsensitiveAndStoredCanonically() throws Exception {
        MapConfig c = saved(SCHEMA.defaults().with(FILE, "x.mib")).with("head", " Regression ");
        assertEquals("regression", SCHEMA.load(c).get(HEAD));
    }

    @Test
    void missingAndEmptyRequiredSettingsAreNamed() {
        MapConfig c = saved(SCHEMA.defaults().with(FILE, "x.mib"));
        c.entries().remove("filter");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SCHEMA.load(c));
        assertEquals("Setting 'Filter patterns' (filter) is missing", e.getMessage());

        MapConfig d = saved(SCHEMA.defaults());
        e = assertThrows(InvalidSettingsException.class, () -> SCHEMA.load(d));
        assertEquals("Setting 'Input file' (file) must not be empty", e.getMessage());
    }

    @Test
    void crossChecksRunAfterEverySettingIsValid() {
        MapConfig c = saved(SCHEMA.defaults().with(FILE, "x.mib").with(EPOCHS, 500));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SCHEMA.load(c));
        assertEquals("'Maximum epochs' above 100 needs 'Filter patterns' off", e.getMessage());
    }

    @Test
    void optionalPathsAreTextFieldsBecauseTheFileChooserRefusesEmptyValues() {
        StringSetting optional = StringSetting.path("weights", "Weights", StringSetting.Editor.OPEN_FILE, true, ".zip");
        assertTrue(FILE.usesFileChooser());
        assertTrue(!optional.usesFileChooser());
        assertTrue(!HEAD.usesFileChooser() && !SHAPE.usesFileChooser());
    }

    @Test
    void duplicateKeysOrLabelsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.builder()
                .group("A", EPOCHS, new IntSetting("epochs", "Other", 1, 0, 2)).build());
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.builder()
                .group("A", EPOCHS, new IntSetting("other", "Maximum epochs", 1, 0, 2)).build());
    }
}
