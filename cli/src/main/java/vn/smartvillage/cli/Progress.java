package vn.smartvillage.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for work that lasts longer than a second: a bar when the total is
 * known (bytes of a file read), the seconds spent otherwise. Short work prints nothing.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final long delayMillis;
    private final long periodMillis;

    /**
     * Whether the command runs on a terminal: a bar drawn into a file or a pipe (a log of a scheduled job, CI)
     * is noise, so it is drawn only when Java sees a console.
     */
    static boolean onTerminal() {
        return System.console() != null;
    }

    Progress(PrintWriter err, boolean enabled) {
        this(err, enabled, 1000, 250);
    }

    Progress(PrintWriter err, boolean enabled, long delayMillis, long periodMillis) {
        this.err = err;
        this.enabled = enabled;
        this.delayMillis = delayMillis;
        this.periodMillis = periodMillis;
    }

    /**
     * Runs {@code work}, drawing a bar from {@code done} of {@code total} (or the time spent when the total
     * is 0 or less) while it lasts past the delay.
     */
    <T> T run(String label, LongSupplier done, long total, Callable<T> work) throws Exception {
        if (!enabled) {
            return work.call();
        }
        long start = System.nanoTime();
        AtomicBoolean drawn = new AtomicBoolean();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "smartvillage-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> {
            draw(label, done.getAsLong(), total, start);
            drawn.set(true);
        }, delayMillis, periodMillis, TimeUnit.MILLISECONDS);
        try {
            return work.call();
        } finally {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (drawn.get()) {
                draw(label, total > 0 ? total : 0, total, start);
                synchronized (err) {
                    err.println();
                    err.flush();
                }
            }
        }
    }

    private void draw(String label, long done, long total, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            long percent = Math.min(100, done * 100 / total);
            line = String.format(java.util.Locale.ROOT, "\r%s [%s%s] %3d %% %5.1f s", label, "#".repeat(filled),
                    ".".repeat(WIDTH - filled), percent, seconds);
        } else {
            line = String.format(java.util.Locale.ROOT, "\r%s … %5.1f s", label, seconds);
        }
        synchronized (err) {
            if (err instanceof PrintableWriter p) {
                p.raw(line);
            } else {
                err.print(line);
            }
            err.flush();
        }
    }
}
