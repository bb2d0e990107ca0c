package vn.smartvillage.evaluation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The unit assessments of one evaluation, in dataset order, each made from the evaluation's columns the
 * first time it is read and then kept: a national evaluation judges every unit, but a caller that reads ten
 * villages makes ten unit assessments, not sixty thousand. Unmodifiable and thread-safe; two threads reading
 * one unit at once get the same object.
 */
final class Units extends AbstractList<UnitAssessment> implements RandomAccess {

    private final CompiledPack.Run run;
    private final int size;
    /** The unit assessments made so far, by index; made when the first one is read. */
    private volatile AtomicReferenceArray<UnitAssessment> made;

    Units(CompiledPack.Run run) {
        this.run = run;
        this.size = run.size();
    }

    @Override
    public UnitAssessment get(int index) {
        java.util.Objects.checkIndex(index, size);
        AtomicReferenceArray<UnitAssessment> m = made;
        if (m == null) {
            synchronized (this) {
                m = made;
                if (m == null) {
                    m = new AtomicReferenceArray<>(size);
                    made = m;
                }
            }
        }
        UnitAssessment u = m.get(index);
        if (u == null) {
            UnitAssessment fresh = run.materialize(index);
            u = m.compareAndExchange(index, null, fresh);
            if (u == null) {
                u = fresh;
            }
        }
        return u;
    }

    @Override
    public int size() {
        return size;
    }

    /** {@return the evaluation whose columns these units are made from} */
    CompiledPack.Run run() {
        return run;
    }

    /** {@return the assessment of the unit {@code id}, or null when the dataset has none} */
    UnitAssessment byId(String id) {
        int i = run.indexOf(id);
        return i < 0 ? null : get(i);
    }

    /** {@return the assessments of the units directly below the unit {@code id}, in dataset order} */
    List<UnitAssessment> children(String id) {
        int i = run.indexOf(id);
        if (i < 0) {
            return List.of();
        }
        int[] children = run.children(i);
        List<UnitAssessment> out = new ArrayList<>(children.length);
        for (int c : children) {
            out.add(get(c));
        }
        return List.copyOf(out);
    }
}
