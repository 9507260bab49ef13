package org.knime.core.node.config.base;

import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

public interface ConfigBaseRO {

    public int getInt(final String key) throws InvalidSettingsException;

    public double getDouble(final String key) throws InvalidSettingsException;

    public String getString(final String key) throws InvalidSettingsException;

    public boolean getBoolean(final String key) throws InvalidSettingsException;

    public int[] getIntArray(final String key) throws InvalidSettingsException;

    public String[] getStringArray(final String key) throws InvalidSettingsException;

    public Set<String> keySet();

    public boolean containsKey(final String key);
}
