package org.polar4d.knime.node;

import org.knime.core.node.CanceledExecutionException;
import org.polar4d.core.progress.CanceledException;

/**
 * The boundary between a node and the engine: runs one engine call, turns the engine's cancellation into KNIME's and
 * any {@link Error} (native crashes surface as {@code UnsatisfiedLinkError}, off-heap exhaustion as
 * {@code OutOfMemoryError}) into an {@link EngineFailureException} with a message a user can act on, instead of
 * letting it tear down the executor thread.
 */
public final class EngineCall {

    /** A piece of engine work. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private EngineCall() {
    }

    /**
     * @param what what the call does, for messages ("training the CNN")
     * @throws CanceledExecutionException if the user canceled
     * @throws EngineFailureException if the engine failed with an {@link Error}
     * @throws Exception the engine's own checked exceptions, unchanged (their messages name file and field)
     */
    public static <T> T run(String what, Work<T> work) throws Exception {
        try {
            return work.run();
        } catch (CanceledException e) {
            CanceledExecutionException c = new CanceledExecutionException("Canceled while " + what);
            c.initCause(e);
            throw c;
        } catch (Error e) {
            throw new EngineFailureException(describe(what, e), e);
        }
    }

    static String describe(String what, Error e) {
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (e instanceof OutOfMemoryError) {
            return "Out of memory while " + what + " (" + detail + "). Give KNIME more memory: raise -Xmx in "
                    + "knime.ini, and for the neural-network backend -Dorg.bytedeco.javacpp.maxbytes; or use a "
                    + "smaller scan, crop or batch size.";
        }
        if (e instanceof LinkageError) {
            return "Polar4D's native libraries could not be used while " + what + " (" + detail + "). Run the "
                    + "'Polar4D Library Info' node to see which backend loaded, and check that the Polar4D "
                    + "native fragment for this operating system is installed.";
        }
        return "Polar4D failed while " + what + " (" + detail + "). This is a bug; please report it with the "
                + "KNIME log.";
    }
}
