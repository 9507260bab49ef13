package org.polar4d.cli;

import java.io.PrintWriter;

import org.polar4d.core.progress.CanceledException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions of a command into one clear line on stderr and exit code 1 (2 for bad settings). */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UsageException) {
            err.println("polar4d " + cmd.getCommandName() + ": " + e.getMessage());
            err.println("Run 'polar4d " + cmd.getCommandName() + " --help' for usage.");
            return CommandLine.ExitCode.USAGE;
        }
        if (e instanceof CanceledException) {
            err.println("polar4d " + cmd.getCommandName() + ": canceled");
            return CommandLine.ExitCode.SOFTWARE;
        }
        err.println("polar4d " + cmd.getCommandName() + ": error: " + describe(e));
        if (GlobalOptions.verbose()) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --verbose for details)");
        }
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message;
    }
}
