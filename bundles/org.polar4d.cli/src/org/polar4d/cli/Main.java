package org.polar4d.cli;

import java.io.PrintWriter;

import org.polar4d.core.Polar4D;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code polar4d} command. Exit codes: 0 ok, 1 runtime error, 2 usage error. Errors print one
 * line naming what is at fault; stack traces only with {@code --verbose}.
 */
@Command(name = "polar4d", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Polarization maps of ferroelectrics from 4D-STEM data.",
        subcommands = {CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 runtime error, 2 usage error. --verbose adds stack traces to errors.",
            "Run 'polar4d COMMAND --help' for the options and examples of a command.",
            "", "Examples:",
            "  polar4d demo --quick",
            "  polar4d selftest",
            "  polar4d simulate --class all --scan 16x16 --frame 128 --out sims/"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The whole command tree with every subcommand registered and errors reported as documented. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        for (Object command : Commands.all()) {
            cli.addSubcommand(command);
        }
        everyCommandHasHelpAndVerbose(cli);
        cli.setUsageHelpWidth(USAGE_WIDTH);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setParameterExceptionHandler(new UsageErrorReporter());
        return cli;
    }

    /** --help, --version and --verbose on every (nested) subcommand, also where its class forgot them. */
    private static void everyCommandHasHelpAndVerbose(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                spec.mixinStandardHelpOptions(true);
                if (spec.findOption("--verbose") == null) {
                    spec.addMixin("global", CommandLine.Model.CommandSpec.forAnnotatedObject(new GlobalOptions()));
                }
            }
            everyCommandHasHelpAndVerbose(sub);
        }
    }

    /** Wide enough that the examples in the help footers stay on one line each. */
    private static final int USAGE_WIDTH = 110;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Polar4D.NAME + " " + Polar4D.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
