package org.polar4d.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line that cannot be parsed: one line naming the option or value at fault (an
 * unknown option first, even when a required option is missing too), suggestions for misspelt
 * options, and where to find the usage; exit code 2.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        String unknown = firstUnknownOption(cmd.getCommandSpec(), args);
        if (unknown != null && !(ex instanceof UnmatchedArgumentException)) {
            err.println(name + ": Unknown option: '" + unknown + "'");
        } else {
            err.println(name + ": " + ex.getMessage());
        }
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + name + " --help' for usage.");
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    /** The first argument that looks like an option but is none of the failing command's options. */
    private static String firstUnknownOption(CommandSpec spec, String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return null;
            }
            boolean longOption = a.startsWith("--") && a.length() > 2;
            boolean shortOption = a.length() == 2 && a.charAt(0) == '-' && Character.isLetter(a.charAt(1));
            if (!longOption && !shortOption) {
                continue; // values such as -1 or -.5, clustered short options
            }
            String option = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (spec.findOption(option) == null && !spec.subcommands().containsKey(option)) {
                return option;
            }
        }
        return null;
    }
}
