package org.polar4d.core.pass;

/**
 * One analysis over a scan, in the shape of a LiberTEM UDF: a per-frame step into a partial result
 * and a merge of partial results. It does not know where frames come from or how the pass is
 * parallelised, so several reducers can share one streamed pass over a file of any size.
 *
 * <p>Per-position results (one value per scan position) are best written into a shared array
 * indexed by the frame index inside {@link #accept}; positions never overlap between partials.
 *
 * @param <A> partial result type
 */
public interface FrameReducer<A> {

    /** A fresh, empty partial result. Called once per partition. */
    A newPartial();

    /**
     * Adds one frame to a partial result.
     *
     * @param partial the partition's partial result
     * @param index frame index (row-major scan position)
     * @param frames buffer holding the frame at {@code offset}, {@code frameShape().pixels()} floats;
     *        read-only, reused after the call
     * @param offset start of the frame in {@code frames}
     */
    void accept(A partial, long index, float[] frames, int offset);

    /** Combines two partials; {@code left} covers lower frame indices than {@code right}. */
    A merge(A left, A right);
}
