package org.knime.core.node;

public interface NodeSettingsRO {
}
