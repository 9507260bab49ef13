package org.polar4d.cli;

import java.util.List;

import org.polar4d.cli.bench.BenchCommand;

/** Every subcommand of {@code polar4d}, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<Object> all() {
        return List.of(
                new SelfTestCommand(),
                new DemoCommand(),
                new InfoCommand(),
                new ConvertCommand(),
                new SimulateCommand(),
                new PreprocessCommand(),
                new VimageCommand(),
                new TrainCommand(),
                new PredictCommand(),
                new EvaluateCommand(),
                new RenderCommand(),
                new BenchCommand());
    }
}
