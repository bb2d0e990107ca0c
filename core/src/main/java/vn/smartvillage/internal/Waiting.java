package vn.smartvillage.internal;

import java.util.concurrent.CountDownLatch;

/** Waiting for other threads' work that the caller needs, whatever interrupts it. */
public final class Waiting {

    private Waiting() {
    }

    /**
     * Waits until {@code latch} reaches zero, even when interrupted: the work waited for is still running and its
     * result is needed. An interrupt is kept, set again on return, for the caller's caller to see.
     */
    public static void until(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
