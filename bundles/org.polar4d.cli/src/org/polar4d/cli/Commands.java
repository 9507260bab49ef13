package org.polar4d.cli;

import java.util.List;

/** Every subcommand of {@code polar4d}, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<Object> all() {
        return List.of(
                new SelfTestCommand(),
                new TrainCommand(),
                new EvaluateCommand(),
                new RenderCommand(),
                new BenchCommand());
    }
}
