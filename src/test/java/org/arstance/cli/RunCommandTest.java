package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path tmp;

    /**
     * A researcher's own label folder holds no schema: the main job takes the one given by
     * {@code --schema}, as the message that asks for it says.
     */
    @Test
    void theMainJobRunsOnALabelFolderWithoutASchemaWhenOneIsGiven() throws Exception {
        Path own = Files.createDirectories(tmp.resolve("my-labels"));
        Files.copy(Path.of("labels", "seeds.jsonl"), own.resolve("seeds.jsonl"));
        Path out = tmp.resolve("out");
        Cli missing = Cli.run("run", "--labels", own.toString(), "--out", out.toString());
        assertEquals(1, missing.code(), missing.err());
        assertTrue(missing.err().contains("give one with --schema"), missing.err());
        assertTrue(!Files.exists(out.resolve("model.zip")));

        Cli r = Cli.run("run", "--labels", own.toString(), "--schema", "labels/schema.json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("labels: 186 paragraphs"), r.out());
        // the seeds are the labelled paragraphs themselves: their predictions are said to be in-sample
        assertTrue(r.out().contains("(every one is a labelled training paragraph: in-sample predictions"), r.out());
        for (String written : new String[] {"model.zip", "seeds.paragraphs.jsonl", "seeds.predictions.jsonl", "report/report.md"}) {
            assertTrue(Files.isRegularFile(out.resolve(written)), written);
        }
    }
}
