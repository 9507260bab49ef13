package org.polar4d.knime.workflow;

import java.util.List;

import org.polar4d.knime.info.LibraryInfoNodeFactory;

/**
 * The example workflows shipped under {@code examples/}. They are generated from these definitions (so their files
 * are exactly what KNIME writes, and their settings are the nodes' real keys); {@link ExampleWorkflowsTest} fails if
 * the committed directories differ, and rewrites them when run with {@code -Dpolar4d.examples.write=true}.
 */
public final class ExampleWorkflows {

    private ExampleWorkflows() {
    }

    public static List<ExampleWorkflow> all() {
        return List.of(libraryInfo());
    }

    /** Checks the installation: which Polar4D and library versions and which native backend are in use. */
    static ExampleWorkflow libraryInfo() {
        return new ExampleWorkflow.Builder("library-info").node(1, LibraryInfoNodeFactory.class, 100, 100).build();
    }
}
