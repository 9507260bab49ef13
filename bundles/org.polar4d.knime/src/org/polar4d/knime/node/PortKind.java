package org.polar4d.knime.node;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.polar4d.knime.port.AugmentationPortObject;
import org.polar4d.knime.port.DatasetPortObject;
import org.polar4d.knime.port.ModelPortObject;
import org.polar4d.knime.port.PatternSetPortObject;
import org.polar4d.knime.port.PredictionsPortObject;

/**
 * The kinds of port a Polar4D node has. Node definitions use these (not KNIME's {@link PortType} constants) so that
 * they can be inspected in tests without a running KNIME; {@link #type(boolean)} resolves the real port type.
 */
public enum PortKind {
    DATASET("4D-STEM Dataset"), PATTERN_SET("Pattern Set"), MODEL("Polarization Model"),
    AUGMENTATION("Augmentation Settings"), PREDICTIONS("Polarization Predictions"), TABLE("Data Table"),
    IMAGE("Image");

    private final String displayName;

    PortKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The KNIME port type; only call inside KNIME (the constants come from KNIME's port type registry). */
    public PortType type(boolean optional) {
        switch (this) {
            case DATASET:
                return optional ? DatasetPortObject.TYPE_OPTIONAL : DatasetPortObject.TYPE;
            case PATTERN_SET:
                return optional ? PatternSetPortObject.TYPE_OPTIONAL : PatternSetPortObject.TYPE;
            case MODEL:
                return optional ? ModelPortObject.TYPE_OPTIONAL : ModelPortObject.TYPE;
            case AUGMENTATION:
                return optional ? AugmentationPortObject.TYPE_OPTIONAL : AugmentationPortObject.TYPE;
            case PREDICTIONS:
                if (optional) {
                    throw new IllegalArgumentException("optional prediction ports are not used");
                }
                return PredictionsPortObject.TYPE;
            case IMAGE:
                if (optional) {
                    throw new IllegalArgumentException("optional image ports are not used");
                }
                return ImagePortObject.TYPE;
            default:
                if (optional) {
                    throw new IllegalArgumentException("optional table ports are not used");
                }
                return BufferedDataTable.TYPE;
        }
    }
}
