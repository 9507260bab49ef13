package org.polar4d.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.polar4d.core.progress.Progress;

/**
 * A progress bar on stderr. On a terminal it redraws one line; otherwise (logs, CI) it prints a
 * line at every 10 %.
 */
public final class ConsoleProgress implements Progress, AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String task;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private int lastDecile = -1;
    private boolean drawn;

    /** A bar for {@code task} on {@code err}, the command's error stream. */
    public ConsoleProgress(PrintWriter err, String task) {
        this(err, task, System.console() != null);
    }

    ConsoleProgress(PrintWriter err, String task, boolean terminal) {
        this.err = err;
        this.task = task;
        this.terminal = terminal;
    }

    @Override
    public synchronized void update(double fraction, String message) {
        double f = Math.max(0, Math.min(1, fraction));
        String text = message == null ? "" : message;
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && f < 1) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.round(f * WIDTH);
            err.printf(Locale.ROOT, "\r%s [%s%s] %3.0f%% %s\u001b[K", task, "#".repeat(filled),
                    " ".repeat(WIDTH - filled), 100 * f, text);
            err.flush();
            drawn = true;
        } else {
            int decile = (int) Math.floor(f * 10);
            if (decile > lastDecile) {
                lastDecile = decile;
                err.printf(Locale.ROOT, "%s %3d%% %s (%.1f s)%n", task, decile * 10, text, elapsedSeconds());
                err.flush();
            }
        }
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Ends the bar line. */
    @Override
    public synchronized void close() {
        if (terminal && drawn) {
            err.printf(Locale.ROOT, "\r%s done in %.1f s\u001b[K%n", task, elapsedSeconds());
        }
        err.flush();
    }
}
