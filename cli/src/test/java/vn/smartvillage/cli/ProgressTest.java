package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void workThatOutlastsTheDelay_drawsABar_andEndsItAtTheTotal() throws Exception {
        StringWriter s = new StringWriter();
        CountDownLatch drawn = new CountDownLatch(2);
        AtomicLong done = new AtomicLong();
        PrintWriter err = new PrintWriter(s) {
            @Override
            public void print(String x) {
                super.print(x);
                drawn.countDown();
            }
        };
        String result = new Progress(err, true, 0, 5).run("reading big.json", () -> done.addAndGet(10), 100, () -> {
            assertThat(drawn.await(10, TimeUnit.SECONDS)).isTrue();
            return "read";
        });
        assertThat(result).isEqualTo("read");
        assertThat(s.toString()).contains("\rreading big.json [").contains("100 %").endsWith(System.lineSeparator());
    }

    @Test
    void shortWork_orProgressTurnedOff_printsNothing() throws Exception {
        StringWriter s = new StringWriter();
        assertThat(new Progress(new PrintWriter(s), true).run("x", () -> 0, 0, () -> 1)).isEqualTo(1);
        assertThat(new Progress(new PrintWriter(s), false, 0, 1).run("x", () -> 0, 0, () -> 2)).isEqualTo(2);
        assertThat(s.toString()).isEmpty();
    }
}
