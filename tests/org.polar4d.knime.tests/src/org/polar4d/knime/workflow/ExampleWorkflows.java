package org.polar4d.knime.workflow;

import java.util.List;

import org.polar4d.knime.info.LibraryInfoNodeFactory;
import org.polar4d.knime.io.DatasetInfoNodeFactory;
import org.polar4d.knime.io.DatasetReaderNodeFactory;
import org.polar4d.knime.vimage.VirtualImagingNodeFactory;

/**
 * The example workflows shipped under {@code examples/}. They are generated from these definitions (so their files
 * are exactly what KNIME writes, and their settings are the nodes' real keys); {@link ExampleWorkflowsTest} fails if
 * the committed directories differ, and rewrites them when run with {@code -Dpolar4d.examples.write=true}.
 */
public final class ExampleWorkflows {

    private ExampleWorkflows() {
    }

    public static List<ExampleWorkflow> all() {
        return List.of(libraryInfo(), mibVirtualImages());
    }

    /**
     * A real Merlin MIB scan → its metadata → virtual bright-field, dark-field and centre-of-mass images. Workflow
     * variables: {@code inputFile} (the .mib or .hdr), {@code scanShape} (empty: from the file), {@code image}.
     */
    static ExampleWorkflow mibVirtualImages() {
        return new ExampleWorkflow.Builder("mib-virtual-images")
                .variable("inputFile", "STRING", "knime://knime.workflow/../data/scan.mib")
                .variable("scanShape", "STRING", "")
                .variable("image", "STRING", "bf")
                .node(1, DatasetReaderNodeFactory.class, 100, 120, "file", "$inputFile", "scanShape", "$scanShape")
                .node(2, DatasetInfoNodeFactory.class, 300, 40)
                .node(3, VirtualImagingNodeFactory.class, 300, 200, "image", "$image")
                .link(1, 0, 2, 0).link(1, 0, 3, 0)
                .build();
    }

    /** Checks the installation: which Polar4D and library versions and which native backend are in use. */
    static ExampleWorkflow libraryInfo() {
        return new ExampleWorkflow.Builder("library-info").node(1, LibraryInfoNodeFactory.class, 100, 100).build();
    }
}
