package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

import org.apiguardian.api.API;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.rules.RulePack;

/**
 * Evaluates datasets against rule packs.
 *
 * <p>Units are evaluated from the bottom up, so that a commune's "share of villages that are smart
 * villages" reads the verdicts its villages already have. Every comparison is exact integer
 * arithmetic. Missing data is never met and never zero: a criterion whose data is missing is
 * {@link Status#MISSING_DATA}, and a share over children counts such children as undecided, so the
 * parent is {@code MET} or {@code NOT_MET} only when every possible outcome for them agrees.
 *
 * <p>An evaluator holds no state between calls: it is immutable and thread-safe, and the same inputs give
 * an equal {@link Assessment} whatever its settings. The units of one level read only the level below, so
 * a level of {@value #PARALLEL_FROM} units or more is shared among threads: the calling thread and, at
 * most {@code parallelism - 1} at a time, tasks run on the evaluator's executor ({@link Builder}). The
 * calling thread takes its share of the work while it waits, so an executor that is busy, bounded or
 * refuses tasks slows an evaluation but never blocks it.
 *
 * <pre>{@code
 * Assessment a = Evaluator.create().evaluate(dataset, pack);   // the rules as of the dataset's date
 * a.unit("kha-ly-thuong").orElseThrow().certification("smart-village").orElseThrow().status();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Evaluator {

    /**
     * The logger, used only when the application has an SLF4J provider (a logging backend) and only looked up
     * when there is something to log. Without a provider SLF4J prints a notice on the application's standard
     * error when it starts; the library's warnings are in {@link Assessment#warnings()} either way, so it
     * does not start SLF4J just to have them dropped, and the application's console stays as it was.
     */
    static final class Log {
        static final Logger LOG = hasProvider() ? LoggerFactory.getLogger(Evaluator.class) : null;

        /**
         * Whether SLF4J would find a logging backend, asked the way SLF4J asks: SLF4J 2 looks for a provider
         * named by {@code slf4j.provider} or offered as a service through the class loader of its API; SLF4J
         * 1.7, which an application may pin, for a {@code StaticLoggerBinder} class.
         */
        private static boolean hasProvider() {
            ClassLoader loader = LoggerFactory.class.getClassLoader();
            try {
                if (System.getProperty("slf4j.provider") != null) {
                    return true;
                }
                return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent();
            } catch (LinkageError e) {
                // SLF4J 1.7: no SLF4JServiceProvider; its backends are bindings.
                return loader != null && loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null;
            } catch (ServiceConfigurationError | SecurityException e) {
                // A broken provider: let SLF4J itself say so, as the application would see it without this library.
                return true;
            }
        }

        static void warn(String message) {
            if (LOG != null) {
                LOG.warn(message);
            }
        }
    }
    /** Units per level from which a level is shared among threads. */
    static final int PARALLEL_FROM = 2048;

    /** Units per task when a level is shared among threads. */
    private static final int CHUNK = 256;

    private static final Evaluator DEFAULT = builder().build();

    private final Executor executor;
    private final int parallelism;

    private Evaluator(Executor executor, int parallelism) {
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /**
     * {@return the evaluator with the default settings} It shares a large level among as many threads as the
     * machine has processors, in the common fork-join pool, so an application that bounds that pool's
     * parallelism bounds the evaluator too.
     */
    public static Evaluator create() {
        return DEFAULT;
    }

    /** {@return a builder for an evaluator with settings of its own: where and on how many threads it works} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Makes {@code pack} ready to evaluate: the work that depends on the pack alone is done once, and the
     * compiled pack evaluates any number of datasets, on any number of threads, with this evaluator's
     * settings.
     *
     * @param pack the rules, not null
     * @return the compiled pack
     */
    public CompiledPack compile(RulePack pack) {
        return new CompiledPack(this, Objects.requireNonNull(pack, "pack"));
    }

    /**
     * Evaluates every unit of {@code data} against the rules of {@code pack} in force on the dataset's own
     * date, {@link Dataset#asOf()}. To evaluate several datasets with one pack, {@link #compile} it once.
     *
     * @param data the figures, not null
     * @param pack the rules, not null
     * @return the assessment of every unit
     * @throws SmartVillageException if the pack is not yet in force on the dataset's date
     */
    public Assessment evaluate(Dataset data, RulePack pack) {
        return compile(pack).evaluate(data);
    }

    /**
     * Evaluates every unit of {@code data} against the rules of {@code pack} in force on {@code asOf}: to
     * apply another date's rules to the same figures.
     *
     * @param data the figures, not null
     * @param pack the rules, not null
     * @param asOf the date whose rules apply, not null; criteria not in force on it are {@code NOT_APPLICABLE}
     * @return the assessment of every unit
     * @throws SmartVillageException if the pack is not yet in force on {@code asOf}
     */
    public Assessment evaluate(Dataset data, RulePack pack, LocalDate asOf) {
        return compile(pack).evaluate(data, asOf);
    }

    /** {@return the most threads that assess one level at once, the calling thread included} */
    public int parallelism() {
        return parallelism;
    }

    @Override
    public String toString() {
        return "Evaluator[parallelism=" + parallelism + "]";
    }

    /**
     * Runs {@code action} on every unit, on the calling thread alone for a small level or a parallelism of 1,
     * else shared, {@value #CHUNK} units at a time, between the calling thread and tasks on the executor.
     * Returns when every unit is done; rethrows what an action threw.
     */
    <T> void forEach(List<T> units, Consumer<T> action) {
        forEach(units.size(), i -> action.accept(units.get(i)));
    }

    /** As {@link #forEach(List, Consumer)}, over the indices {@code [0, size)}. */
    void forEach(int size, java.util.function.IntConsumer action) {
        int chunks = (size + CHUNK - 1) / CHUNK;
        int helpers = Math.min(parallelism - 1, chunks - 1);
        if (size < PARALLEL_FROM || helpers <= 0) {
            for (int i = 0; i < size; i++) {
                action.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(chunks);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        for (int i = c * CHUNK, end = Math.min(size, (c + 1) * CHUNK); i < end; i++) {
                            action.accept(i);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }
        };
        for (int i = 0; i < helpers; i++) {
            try {
                executor.execute(work);
            } catch (RejectedExecutionException e) {
                // A saturated or shut-down executor: the calling thread does the rest.
                break;
            }
        }
        work.run();
        // Every chunk is taken; wait for those other threads are still working on.
        vn.smartvillage.internal.Waiting.until(finished);
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /**
     * Builds an {@link Evaluator} with settings of the host's: the executor a large level is shared out on,
     * and how many threads may work on it at once. Every setting has a default, so {@code build()} always
     * succeeds; not thread-safe.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private Executor executor = ForkJoinPool.commonPool();
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * Sets where the tasks that share a large level run; by default the common fork-join pool. The
         * evaluator never shuts it down.
         *
         * @param executor the executor, not null; one that refuses a task ({@link RejectedExecutionException})
         *                 leaves the work to the calling thread
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Sets the most threads that assess one level at once, the calling thread included; by default the
         * number of processors. With 1, every unit is assessed on the calling thread and the executor is
         * never used.
         *
         * @param threads one or more
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be 1 or more, got " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /** {@return the evaluator} */
        public Evaluator build() {
            return new Evaluator(executor, parallelism);
        }
    }
}
