package org.polar4d.knime.port;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** A read-only text view of a port's content (the port view tab). */
final class SummaryView {

    private SummaryView() {
    }

    static JComponent of(String title, String... paragraphs) {
        JTextArea text = new JTextArea(String.join("\n\n", paragraphs));
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        JScrollPane pane = new JScrollPane(text);
        pane.setName(title);
        return pane;
    }
}
