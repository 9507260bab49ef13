package org.polar4d.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d bench …}: performance measurements; every subcommand prints one JSON line last. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure performance; every benchmark prints one JSON line as its last line.",
        subcommands = {BenchSimulateCommand.class},
        footer = {"", "Run 'polar4d bench COMMAND --help' for the options of a benchmark.",
            "", "Examples:",
            "  polar4d bench simulate --runs 3"})
final class BenchCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
