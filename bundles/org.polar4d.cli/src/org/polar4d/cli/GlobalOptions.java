package org.polar4d.cli;

import picocli.CommandLine.Option;

/** Options every subcommand accepts; mix in with {@code @Mixin GlobalOptions global;}. */
public final class GlobalOptions {

    private static volatile boolean verbose;

    @Option(names = "--verbose", description = "Print stack traces of errors and more detail.")
    void setVerbose(boolean v) {
        verbose = v;
    }

    /** Whether --verbose was given on this command line. */
    public static boolean verbose() {
        return verbose;
    }
}
