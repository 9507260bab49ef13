package org.polar4d.knime.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.knime.Checkout;

/** The committed example workflows are generated, valid, and packed as .knwf into target/examples. */
class ExampleWorkflowsTest {

    static Path examplesDir() {
        return Checkout.root().resolve("examples");
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readString(f));
            }
        }
        return files;
    }

    private static boolean regenerated;

    /** With -Dpolar4d.examples.write=true, rewrites examples/ once, before any test here looks at it. */
    static synchronized void regenerateIfAsked() throws Exception {
        if (Boolean.getBoolean("polar4d.examples.write") && !regenerated) {
            for (ExampleWorkflow example : ExampleWorkflows.all()) {
                WorkflowWriter.write(example, examplesDir().resolve(example.name()));
            }
            regenerated = true;
        }
    }

    @Test
    void committedExamplesAreWhatTheGeneratorWrites(@TempDir Path temp) throws Exception {
        regenerateIfAsked();
        for (ExampleWorkflow example : ExampleWorkflows.all()) {
            Path committed = examplesDir().resolve(example.name());
            Path fresh = temp.resolve(example.name());
            WorkflowWriter.write(example, fresh);
            assertTrue(Files.isDirectory(committed), "missing " + committed
                    + "; generate it with ./mvnw verify -Dpolar4d.examples.write=true");
            assertEquals(tree(fresh), tree(committed), example.name() + " differs from its definition in "
                    + "ExampleWorkflows; regenerate with -Dpolar4d.examples.write=true");
        }
    }

    static List<Path> committedWorkflows() throws Exception {
        regenerateIfAsked();
        try (Stream<Path> dirs = Files.list(examplesDir())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("workflow.knime"))).sorted().toList();
        }
    }

    @Test
    void everyCommittedExampleIsValid() throws Exception {
        List<Path> workflows = committedWorkflows();
        assertFalse(workflows.isEmpty());
        for (Path wf : workflows) {
            assertEquals(List.of(), WorkflowValidator.validate(wf));
        }
    }

    @Test
    void examplesArePackedAsKnwf() throws Exception {
        Path target = Checkout.root().resolve("tests/org.polar4d.knime.tests/target/examples");
        for (Path wf : committedWorkflows()) {
            Path knwf = Knwf.pack(wf, target);
            try (ZipFile zip = new ZipFile(knwf.toFile())) {
                String top = wf.getFileName() + "/";
                assertTrue(zip.getEntry(top + "workflow.knime") != null, knwf + " lacks workflow.knime");
                assertEquals(tree(wf).size(), zip.size());
                zip.stream().forEach(e -> assertTrue(e.getName().startsWith(top), e.getName()));
            }
        }
    }
}
