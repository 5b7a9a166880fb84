package org.arstance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParallelTest {

    @Test
    void resultsComeInTheJobsOrderWhateverOrderTheyFinishIn() {
        List<Callable<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int k = i;
            jobs.add(() -> {
                Thread.sleep(6 - k); // later jobs finish first
                return k * k;
            });
        }
        assertEquals(List.of(0, 1, 4, 9, 16, 25), Parallel.run(jobs));
    }

    /**
     * A job that fails stops the run at once, even while an earlier job (the full model, say) is
     * still working: the earlier job is interrupted and the failure is what the caller sees. The
     * timeout only guards against a hang; without the early stop the first job would never end.
     */
    @Test
    @Timeout(60)
    void theFirstFailureStopsTheOtherJobsAndIsRethrownAsThrown() {
        // one core runs the jobs one after another, where the first would wait forever
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores");
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        UserInputException failure = new UserInputException("fold 2: cannot train: fewer than two topics");
        List<Callable<String>> jobs = List.of(
                () -> {
                    try {
                        never.await();
                        return "full model";
                    } catch (InterruptedException e) {
                        interrupted.set(true);
                        throw e;
                    } finally {
                        stopped.countDown();
                    }
                },
                () -> {
                    throw failure;
                });
        UserInputException e = assertThrows(UserInputException.class, () -> Parallel.run(jobs));
        assertSame(failure, e);
        assertTrue(awaitQuietly(stopped), "the other job was not stopped");
        assertTrue(interrupted.get(), "the other job was not interrupted");
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
