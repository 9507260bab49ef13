package org.polar4d.core.preprocess;

import java.util.ArrayList;
import java.util.List;

import org.polar4d.core.pass.FrameReducer;

/**
 * Feeds conditioned frames (bad pixels repaired, binned) to several reducers, conditioning each
 * frame once. Run it with {@link org.polar4d.core.pass.ScanPass#run} and read the inner results with
 * {@link Partial#results()}.
 */
public final class ConditionedPass implements FrameReducer<ConditionedPass.Partial> {

    private final FrameConditioner conditioner;
    private final List<? extends FrameReducer<?>> reducers;
    // scratch space per thread, not per partition: the pass keeps every partial until it ends
    private final ThreadLocal<FrameConditioner.Worker> workers;

    public ConditionedPass(FrameConditioner conditioner, List<? extends FrameReducer<?>> reducers) {
        this.conditioner = conditioner;
        this.reducers = List.copyOf(reducers);
        this.workers = ThreadLocal.withInitial(conditioner::newWorker);
    }

    /** The inner partials of one partition. */
    public static final class Partial {
        private final Object[] inner;

        Partial(Object[] inner) {
            this.inner = inner;
        }

        /** Results of the inner reducers, in their order. */
        public List<Object> results() {
            return new ArrayList<>(java.util.Arrays.asList(inner));
        }
    }

    @Override
    public Partial newPartial() {
        Object[] inner = new Object[reducers.size()];
        for (int i = 0; i < inner.length; i++) {
            inner[i] = reducers.get(i).newPartial();
        }
        return new Partial(inner);
    }

    @Override
    public void accept(Partial partial, long index, float[] frames, int offset) {
        FrameConditioner.Worker w = workers.get();
        w.condition(frames, offset);
        for (int i = 0; i < partial.inner.length; i++) {
            acceptOne(reducers.get(i), partial.inner[i], index, w.frame(), w.offset());
        }
    }

    @Override
    public Partial merge(Partial left, Partial right) {
        for (int i = 0; i < left.inner.length; i++) {
            left.inner[i] = mergeOne(reducers.get(i), left.inner[i], right.inner[i]);
        }
        return left;
    }

    @SuppressWarnings("unchecked")
    private static <A> void acceptOne(FrameReducer<A> reducer, Object partial, long index, float[] frame, int offset) {
        reducer.accept((A) partial, index, frame, offset);
    }

    @SuppressWarnings("unchecked")
    private static <A> Object mergeOne(FrameReducer<A> reducer, Object left, Object right) {
        return reducer.merge((A) left, (A) right);
    }
}
