package org.arstance.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data hash names what training saw, order included: records are visited in file order, so
 * the same files in another order are other training data (another model), with another hash.
 */
class DataHashTest {

    @TempDir
    Path tmp;

    @Test
    void theSameFilesInAnotherOrderHashOtherwiseAndInTheSameOrderAlike() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("labels", "seeds.jsonl"));
        Path a = Files.writeString(tmp.resolve("a.jsonl"), lines.subList(0, 90).stream().collect(Collectors.joining("\n", "", "\n")));
        Path b = Files.writeString(tmp.resolve("b.jsonl"), lines.subList(90, lines.size()).stream().collect(Collectors.joining("\n", "", "\n")));
        Path schema = Path.of("labels", "schema.json");
        LabelSet ab = LabelSet.load(List.of(a, b), schema).orThrow();
        LabelSet ba = LabelSet.load(List.of(b, a), schema).orThrow();
        assertNotEquals(ab.dataHash(), ba.dataHash());
        assertEquals(ab.dataHash(), LabelSet.load(List.of(tmp), schema).orThrow().dataHash(), "a folder reads its files in path order");
        // a renamed copy in the same order is the same data
        Path other = Files.createDirectories(tmp.resolve("copy"));
        Path a2 = Files.copy(a, other.resolve("first.jsonl"));
        Path b2 = Files.copy(b, other.resolve("second.jsonl"));
        assertEquals(ab.dataHash(), LabelSet.load(List.of(a2, b2), schema).orThrow().dataHash());
    }
}
