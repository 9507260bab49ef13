package org.polar4d.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/**
 * Walks every registered subcommand (nested ones too, e.g. {@code bench simulate}): its help exits 0
 * and ends with examples of that very command; an unknown option is a usage error (exit 2) that
 * names the option and points to the help, without a stack trace.
 */
class CommandHelpTest {

    /** Command paths below {@code polar4d}, e.g. ["bench", "simulate"]; picocli's own "help" excluded. */
    static Stream<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> out) {
        for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
            if (e.getKey().equals("help") || !e.getKey().equals(e.getValue().getCommandName())) {
                continue; // picocli's help command; aliases
            }
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            collect(e.getValue(), p, out);
        }
    }

    @Test
    void everyCommandOfTheGuideIsRegistered() {
        List<String> names = commands().map(p -> String.join(" ", p)).toList();
        assertTrue(names.contains("selftest"), names.toString());
        assertTrue(names.contains("bench"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("bench ")), "nested bench commands: " + names);
    }

    @Test
    void topLevelHelpListsCommandsAndExamples() {
        CliTestSupport.Run r = CliTestSupport.run("--help");
        assertEquals(0, r.exitCode(), r.err());
        assertExamples(r.out(), List.of());
        commands().filter(p -> p.size() == 1).forEach(p -> assertTrue(r.out().contains("  " + p.get(0) + " "),
                "top-level help lists " + p));
    }

    @ParameterizedTest(name = "polar4d {0} --help")
    @MethodSource("commands")
    void helpExitsZeroAndShowsExamplesOfTheCommand(List<String> path) {
        CliTestSupport.Run r = CliTestSupport.run(args(path, "--help"));
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().startsWith("Usage: polar4d " + String.join(" ", path)), r.out());
        assertTrue(r.err().isEmpty(), r.err());
        assertExamples(r.out(), path);
    }

    @ParameterizedTest(name = "polar4d {0} --no-such-option")
    @MethodSource("commands")
    void unknownOptionIsAUsageError(List<String> path) {
        CliTestSupport.Run r = CliTestSupport.run(args(path, "--no-such-option"));
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("--no-such-option"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @ParameterizedTest(name = "polar4d {0} --verbose is accepted")
    @MethodSource("commands")
    void everyCommandAcceptsVerbose(List<String> path) {
        CommandLine cli = Main.commandLine();
        for (String name : path) {
            cli = cli.getSubcommands().get(name);
        }
        assertTrue(cli.getCommandSpec().findOption("--verbose") != null, "polar4d " + String.join(" ", path)
                + " has no --verbose (mix in GlobalOptions)");
    }

    @ParameterizedTest(name = "polar4d {0}: help texts are valid format strings")
    @MethodSource("commands")
    void helpTextsFormatWithoutFallingBackToRawText(List<String> path) {
        CommandLine cli = Main.commandLine();
        for (String name : path) {
            cli = cli.getSubcommands().get(name);
        }
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        List<String> texts = new ArrayList<>(List.of(usage.description()));
        texts.addAll(List.of(usage.footer()));
        cli.getCommandSpec().options().forEach(o -> texts.addAll(List.of(o.description())));
        for (String text : texts) {
            // picocli formats help text with String.format and prints it raw, with a warning, if that fails
            String checked = text.replace("${DEFAULT-VALUE}", "x").replace("${COMPLETION-CANDIDATES}", "x");
            assertDoesNotThrow(() -> String.format(checked), "polar4d " + String.join(" ", path)
                    + ": unescaped % in: " + text);
        }
    }

    /** An "Examples:" line followed by at least one example line starting with the command itself. */
    private static void assertExamples(String help, List<String> path) {
        int at = help.indexOf("\nExamples:\n");
        assertTrue(at >= 0, "no 'Examples:' footer in\n" + help);
        String prefix = "  polar4d" + (path.isEmpty() ? "" : " " + String.join(" ", path));
        boolean found = help.substring(at).lines().anyMatch(l -> l.equals(prefix) || l.startsWith(prefix + " "));
        assertTrue(found, "no example starting with '" + prefix.trim() + "' in\n" + help);
    }

    private static String[] args(List<String> path, String last) {
        List<String> a = new ArrayList<>(path);
        a.add(last);
        return a.toArray(String[]::new);
    }
}
