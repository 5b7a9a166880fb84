package org.arstance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed run left beside its output (a file, a report folder) is deleted by a later write of that output, once its process is gone and an hour has passed. */
class AtomicOutputTest {

    @TempDir
    Path tmp;

    @Test
    void aTemporaryFileOfAProcessThatIsGoneIsDeletedAndOneOfARunningProcessIsKept() throws Exception {
        Path target = tmp.resolve("pred.jsonl");
        // pids on Linux stay below 2^22: this one belongs to no process
        Path stale = Files.writeString(tmp.resolve(".pred.jsonl.999999999.1.part"), "{\"half\":");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        // the same, but written a minute ago: on a shared folder it may be another machine's live write
        Path recent = Files.writeString(tmp.resolve(".pred.jsonl.999999998.1.part"), "{");
        Path running = Files.writeString(tmp.resolve(".pred.jsonl." + ProcessHandle.current().pid() + ".77.part"), "{");
        Path otherTarget = Files.writeString(tmp.resolve(".other.jsonl.999999999.1.part"), "{");
        AtomicOutput.write(target, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("{}\n", Files.readString(target));
        assertFalse(Files.exists(stale), "the killed run's file stays");
        assertTrue(Files.exists(running), "a running process's file was deleted");
        assertTrue(Files.exists(recent), "a file changed within the hour was deleted");
        assertTrue(Files.exists(otherTarget), "another target's file was deleted");
    }

    /** The same for a report folder: a killed run's half-filled or swapped-out folder goes, a running one's stays. */
    @Test
    void aTemporaryFolderOfAProcessThatIsGoneIsDeletedAndOneOfARunningProcessIsKept() throws Exception {
        Path target = tmp.resolve("report");
        Path stale = Files.createDirectory(tmp.resolve(".report.tmp-999999999.123456789"));
        Files.writeString(stale.resolve("metrics.json"), "{\"half\":");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path staleOld = Files.createDirectory(tmp.resolve(".report.old-999999999.123456789"));
        Files.setLastModifiedTime(staleOld, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path running = Files.createDirectory(tmp.resolve(".report.tmp-" + ProcessHandle.current().pid() + ".5"));
        Files.setLastModifiedTime(running, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.createDirectory(tmp.resolve(".report.tmp-999999998.5"));
        Path otherTarget = Files.createDirectory(tmp.resolve(".other.tmp-999999999.5"));
        Files.setLastModifiedTime(otherTarget, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        AtomicDirectory.write(target, java.util.List.of("metrics.json"), dir -> Files.writeString(dir.resolve("metrics.json"), "{}"));
        assertEquals("{}", Files.readString(target.resolve("metrics.json")));
        assertFalse(Files.exists(stale), "the killed run's folder stays");
        assertFalse(Files.exists(staleOld), "the killed run's swapped-out folder stays");
        assertTrue(Files.exists(running), "a running process's folder was deleted");
        assertTrue(Files.exists(recent), "a folder changed within the hour was deleted");
        assertTrue(Files.exists(otherTarget), "another target's folder was deleted");
    }
}
