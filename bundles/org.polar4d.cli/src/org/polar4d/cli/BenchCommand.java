package org.polar4d.cli;

import org.polar4d.cli.bench.BenchInferCommand;
import org.polar4d.cli.bench.BenchPcaKnnCommand;
import org.polar4d.cli.bench.BenchTrainCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d bench …}: performance measurements; every subcommand prints one JSON line last. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance; every benchmark prints one JSON line as its last line.",
        subcommands = {BenchTrainCommand.class, BenchInferCommand.class, BenchPcaKnnCommand.class},
        footer = {"", "Run 'polar4d bench COMMAND --help' for the options of a benchmark."})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
