package org.polar4d.cli.bench;

import org.polar4d.cli.GlobalOptions;
import org.polar4d.cli.bench.BenchInferCommand;
import org.polar4d.cli.bench.BenchPcaKnnCommand;
import org.polar4d.cli.bench.BenchTrainCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code polar4d bench …}: performance measurements. Every subcommand prints one JSON line as its last
 * line, with the key names of the matching peer script in ../shared/bench.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance; every benchmark prints one JSON line as its last line.",
        subcommands = {BenchReadCommand.class, BenchPreprocessCommand.class, BenchSimulateCommand.class,
            BenchTrainCommand.class, BenchInferCommand.class, BenchPcaKnnCommand.class, BenchPredictCommand.class},
        footer = {"", "Run 'polar4d bench COMMAND --help' for the options of a benchmark.",
            "", "Examples:",
            "  polar4d bench read scan.mib",
            "  polar4d bench simulate --runs 3"})
public final class BenchCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
