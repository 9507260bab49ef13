package org.polar4d.knime.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.knime.info.LibraryInfoNodeFactory;

/** The validator catches what would break a workflow in KNIME. */
class WorkflowValidatorTest {

    private static Path write(Path temp, ExampleWorkflow wf) throws Exception {
        Path dir = temp.resolve(wf.name());
        WorkflowWriter.write(wf, dir);
        return dir;
    }

    private static ExampleWorkflow infoWorkflow() {
        return new ExampleWorkflow.Builder("w").variable("rows", "INTEGER", 16)
                .node(1, LibraryInfoNodeFactory.class, 0, 0).node(2, LibraryInfoNodeFactory.class, 100, 0).build();
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aGeneratedWorkflowIsValidAndLooksLikeKnimes(@TempDir Path temp) throws Exception {
        Path dir = write(temp, infoWorkflow());
        assertEquals(List.of(), WorkflowValidator.validate(dir));
        String wf = Files.readString(dir.resolve("workflow.knime"));
        assertTrue(wf.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config xmlns=\"http://www.knime.org/2008/"
                + "09/XMLConfig\""), wf);
        assertTrue(wf.contains("<entry key=\"node_settings_file\" type=\"xstring\" value=\"Polar4D Library Info (#2)/"
                + "settings.xml\"/>"), wf);
        assertTrue(wf.contains("<entry key=\"class\" type=\"xstring\" value=\"INTEGER\"/>"), wf);
        String settings = Files.readString(dir.resolve("Polar4D Library Info (#1)/settings.xml"));
        assertTrue(settings.contains("<entry key=\"factory\" type=\"xstring\" value=\"" + LibraryInfoNodeFactory.class
                .getName() + "\"/>"), settings);
        assertTrue(settings.contains("<entry key=\"customDescription\" type=\"xstring\" isnull=\"true\" value=\"\"/>"));
        assertTrue(settings.contains("<config key=\"model\"/>"), settings);
    }

    @Test
    void unknownFactoriesAndSettingsAreReported(@TempDir Path temp) throws Exception {
        Path dir = write(temp, infoWorkflow());
        Path s1 = dir.resolve("Polar4D Library Info (#1)/settings.xml");
        replace(s1, "<config key=\"model\"/>",
                "<config key=\"model\">\n        <entry key=\"epochs\" type=\"xint\" value=\"3\"/>\n    </config>");
        replace(dir.resolve("Polar4D Library Info (#2)/settings.xml"), "info.LibraryInfoNodeFactory",
                "info.NoSuchNodeFactory");
        List<String> problems = WorkflowValidator.validate(dir);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("settings [epochs] are not the node's settings []"), problems.get(0));
        assertTrue(problems.get(1).contains("factory org.polar4d.knime.info.NoSuchNodeFactory does not exist"));
    }

    @Test
    void badConnectionsAndVariablesAreReported(@TempDir Path temp) throws Exception {
        Path dir = write(temp, infoWorkflow());
        replace(dir.resolve("workflow.knime"), "<config key=\"connections\"/>", """
                <config key="connections">
                        <config key="connection_0">
                            <entry key="sourceID" type="xint" value="1"/>
                            <entry key="destID" type="xint" value="2"/>
                            <entry key="sourcePort" type="xint" value="1"/>
                            <entry key="destPort" type="xint" value="1"/>
                        </config>
                    </config>""");
        replace(dir.resolve("workflow.knime"), "<entry key=\"value\" type=\"xint\" value=\"16\"/>",
                "<entry key=\"value\" type=\"xstring\" value=\"16\"/>");
        List<String> problems = WorkflowValidator.validate(dir);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("workflow variable rows is INTEGER but stores xstring"), problems.get(0));
        assertTrue(problems.get(1).contains("connection 1:1→2:1 uses a port the nodes do not have"), problems.get(1));
    }
}
