package org.polar4d.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.Setting;

/**
 * Settings keys are part of every saved workflow and every flow-variable binding: they never change. Adding a
 * setting means adding its key here; renaming one breaks users' workflows and must not happen.
 */
class SettingsKeysTest {

    static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("LibraryInfoNodeFactory", List.of());
        KEYS.put("DatasetReaderNodeFactory", List.of("file", "format", "scanShape", "datasetPath", "frameOffset",
                "transposeFrame", "flipFrameX", "flipFrameY", "transposeScan", "flipScanX", "flipScanY"));
        KEYS.put("DatasetInfoNodeFactory", List.of());
        KEYS.put("DatasetWriterNodeFactory", List.of("file", "overwrite"));
    }

    @Test
    void keysAreStable() throws Exception {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (Polar4DNodeFactory<?> f : NodeDescriptionTest.factories()) {
            actual.put(f.getClass().getSimpleName(),
                    f.definition().settings().settings().stream().map(Setting::key).toList());
        }
        assertEquals(KEYS, actual);
    }
}
