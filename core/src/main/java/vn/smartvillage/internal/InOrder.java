package vn.smartvillage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes the blocks of a sequence on several threads and hands them to one consumer in their order: how a report
 * formats its units on every core and still writes them one after the other, the same bytes as one thread.
 *
 * <p>The calling thread takes part: it makes each block itself unless a task of the common fork-join pool has
 * already started it, and while a task makes the block it needs next it makes one further ahead; so the work never
 * waits for a pool that is busy elsewhere (or has no thread), and it is never slower than one thread by more than
 * the hand-over. At most a window of blocks a few times the pool's
 * parallelism are made ahead of the consumer, so memory holds a bounded number of blocks, not the sequence.
 * A failure in making a block (an {@link IOException}, a runtime exception, an error such as running out of
 * memory) is thrown in the calling thread, as one thread would throw it, and the blocks not yet started are
 * skipped.
 */
public final class InOrder {

    private InOrder() {
    }

    /** Makes the block of the items {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    public interface Maker<T> {
        T make(int from, int to) throws IOException;
    }

    /** Takes the blocks, in order. */
    @FunctionalInterface
    public interface Consumer<T> {
        void accept(T block) throws IOException;
    }

    /**
     * Makes the blocks of {@code size} items, {@code blockSize} items each (the last one fewer), and gives them to
     * {@code consumer} in order, on the calling thread.
     */
    public static <T> void run(int size, int blockSize, Maker<T> maker, Consumer<T> consumer) throws IOException {
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize " + blockSize);
        }
        int blocks = (int) ((size + (long) blockSize - 1) / blockSize);
        ForkJoinPool pool = ForkJoinPool.commonPool();
        int helpers = Math.min(pool.getParallelism(), Runtime.getRuntime().availableProcessors() - 1);
        if (blocks <= 1 || helpers < 1) {
            for (int b = 0; b < blocks; b++) {
                consumer.accept(maker.make(b * blockSize, end(b, blockSize, size)));
            }
            return;
        }
        int window = 2 * (helpers + 1);
        java.util.List<Slot<T>> slots = new java.util.ArrayList<>(java.util.Collections.nCopies(window, null));
        AtomicBoolean stopped = new AtomicBoolean();
        int submitted = 0;
        try {
            for (int b = 0; b < blocks; b++) {
                while (submitted < blocks && submitted < b + window) {
                    Slot<T> slot = new Slot<>(submitted * blockSize, end(submitted, blockSize, size));
                    slots.set(submitted % window, slot);
                    pool.execute(() -> {
                        if (!stopped.get()) {
                            slot.makeIfFirst(maker);
                        }
                    });
                    submitted++;
                }
                Slot<T> slot = slots.get(b % window);
                // While a task makes the next block, this thread makes one further ahead rather than wait.
                while (!slot.makeIfFirst(maker) && !slot.isDone()) {
                    boolean helped = false;
                    for (int k = b + 1; k < submitted && !helped; k++) {
                        helped = slots.get(k % window).makeIfFirst(maker);
                    }
                    if (!helped) {
                        break;
                    }
                }
                slots.set(b % window, null);
                consumer.accept(slot.take(maker));
            }
        } finally {
            stopped.set(true);
        }
    }

    /** The end (exclusive) of block {@code b}: computed in longs, as a large block would overflow an int. */
    private static int end(int b, int blockSize, int size) {
        return (int) Math.min(size, (b + 1L) * blockSize);
    }

    /** One block: made by whichever thread claims it first. */
    private static final class Slot<T> {
        private final int from;
        private final int to;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private T block;
        private Throwable failure;

        Slot(int from, int to) {
            this.from = from;
            this.to = to;
        }

        /** Makes the block if no thread has claimed it yet; {@return whether this thread made it} */
        boolean makeIfFirst(Maker<T> maker) {
            if (!claimed.compareAndSet(false, true)) {
                return false;
            }
            try {
                block = maker.make(from, to);
            } catch (Throwable t) {
                failure = t;
            } finally {
                done.countDown();
            }
            return true;
        }

        /** {@return whether the block is made (or failed)} */
        boolean isDone() {
            return done.getCount() == 0;
        }

        /** The block: made here if no task has started it, else awaited; its failure thrown as it was. */
        T take(Maker<T> maker) throws IOException {
            makeIfFirst(maker);
            Waiting.until(done);
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new UncheckedIOException(new IOException(failure));
            }
            return block;
        }
    }
}
