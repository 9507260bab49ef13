package org.polar4d.knime.vimage;

import org.polar4d.core.vimage.VirtualImages;
import org.polar4d.knime.settings.SettingValues;

/** Opens the package-private settings translation of the Virtual Imaging node to tests in other packages. */
public final class VirtualImagingTestAccess {

    private VirtualImagingTestAccess() {
    }

    public static SettingValues defaults() {
        return VirtualImagingNodeFactory.SCHEMA.defaults();
    }

    public static VirtualImages.Settings settings(SettingValues v) {
        return VirtualImagingNodeModel.settings(v);
    }
}
