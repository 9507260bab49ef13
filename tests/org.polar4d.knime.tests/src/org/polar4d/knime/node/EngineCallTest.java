package org.polar4d.knime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.knime.core.node.CanceledExecutionException;
import org.polar4d.core.progress.CanceledException;

class EngineCallTest {

    @Test
    void returnsTheEngineResult() throws Exception {
        assertEquals(42, EngineCall.run("answering", () -> 42));
    }

    @Test
    void engineCancellationBecomesKnimeCancellation() {
        CanceledExecutionException e = assertThrows(CanceledExecutionException.class,
                () -> EngineCall.run("training the CNN", () -> {
                    throw new CanceledException();
                }));
        assertEquals("Canceled while training the CNN", e.getMessage());
        assertInstanceOf(CanceledException.class, e.getCause());
    }

    @Test
    void checkedEngineExceptionsPassUnchanged() {
        IOException io = new IOException("scan.mib: header field 'Counter Depth' at offset 42 is 7, expected 1..24");
        IOException thrown = assertThrows(IOException.class, () -> EngineCall.run("reading", () -> {
            throw io;
        }));
        assertSame(io, thrown);
    }

    @Test
    void nativeLinkErrorsBecomeAClearException() {
        EngineFailureException e = assertThrows(EngineFailureException.class, () -> EngineCall.run("training the CNN",
                () -> {
                    throw new UnsatisfiedLinkError("no jnind4jcpu in java.library.path");
                }));
        assertTrue(e.getMessage().startsWith("Polar4D's native libraries could not be used while training the CNN "
                + "(UnsatisfiedLinkError: no jnind4jcpu in java.library.path)."), e.getMessage());
        assertTrue(e.getMessage().contains("Polar4D Library Info"));
    }

    @Test
    void outOfMemoryNamesTheKnobs() {
        EngineFailureException e = assertThrows(EngineFailureException.class, () -> EngineCall.run("predicting",
                () -> {
                    throw new OutOfMemoryError("Cannot allocate new FloatPointer");
                }));
        assertTrue(e.getMessage().startsWith("Out of memory while predicting"), e.getMessage());
        assertTrue(e.getMessage().contains("-Xmx") && e.getMessage().contains("javacpp.maxbytes"));
    }

    @Test
    void otherErrorsAreReportedAsBugs() {
        EngineFailureException e = assertThrows(EngineFailureException.class, () -> EngineCall.run("rendering",
                () -> {
                    throw new AssertionError("broken invariant");
                }));
        assertEquals("Polar4D failed while rendering (AssertionError: broken invariant). This is a bug; please "
                + "report it with the KNIME log.", e.getMessage());
    }
}
