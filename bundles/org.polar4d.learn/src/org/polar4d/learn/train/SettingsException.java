package org.polar4d.learn.train;

/** Invalid training settings; the message names the setting at fault. */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
