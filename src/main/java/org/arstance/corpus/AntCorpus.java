package org.arstance.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.arstance.io.Json;
import org.arstance.io.JsonLines;
import org.arstance.io.UserInputException;

/**
 * The ANT corpus v2.1, multi-source (Chouigui et al.): one JSON object per article with
 * {@code doc_id}, {@code source} (the outlet), {@code category}, {@code date}, {@code title} and
 * {@code paragraphs}. A paragraph's key is {@code ant/<doc_id>/<0-based paragraph index>}.
 */
public final class AntCorpus {

    public static final String PREFIX = "ant/";
    public static final Path FILE = Path.of("ant_multisource", "ant_multisource_v2.1.jsonl.gz");
    public static final String DOWNLOAD = "https://github.com/antcorpus/antcorpus.data (ANT corpus v2.1, multi-source)";

    private final Path file;

    public AntCorpus(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** A clear error when the corpus file is not there, saying where to get it. */
    public void requirePresent() {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": the ANT corpus is not there. Download " + DOWNLOAD + ", put "
                    + FILE + " under the data directory, and point arstance at it with --data-dir or $"
                    + DataDirectory.ENV + " (default " + DataDirectory.DEFAULT + ")");
        }
    }

    /** The paragraphs with the given keys (keys not in the corpus are simply absent from the result). */
    public Map<String, CorpusParagraph> lookup(Set<String> keys) {
        Map<String, Set<Integer>> wanted = new HashMap<>();
        for (String key : keys) {
            int slash = key.lastIndexOf('/');
            if (!key.startsWith(PREFIX) || slash <= PREFIX.length()) {
                continue;
            }
            try {
                int index = Integer.parseInt(key.substring(slash + 1));
                wanted.computeIfAbsent(key.substring(PREFIX.length(), slash), d -> new HashSet<>()).add(index);
            } catch (NumberFormatException e) {
                // not a paragraph key: left absent
            }
        }
        Map<String, CorpusParagraph> found = new HashMap<>();
        forEachArticle(doc -> {
            Set<Integer> indexes = wanted.get(doc.path("doc_id").asText());
            if (indexes == null) {
                return;
            }
            List<String> article = new ArrayList<>();
            doc.path("paragraphs").forEach(p -> article.add(p.asText()));
            List<String> shared = Collections.unmodifiableList(article);
            String docKey = PREFIX + doc.path("doc_id").asText();
            for (int i : indexes) {
                if (i >= 0 && i < shared.size()) {
                    String key = docKey + "/" + i;
                    found.put(key, new CorpusParagraph(key, docKey, i, doc.path("source").asText(), shared.get(i), shared,
                            doc.path("title").asText()));
                }
            }
        });
        return found;
    }

    /** Streams every article of the corpus, in file order. */
    public void forEachArticle(Consumer<JsonNode> sink) {
        requirePresent();
        JsonLines.read(file, (lineNo, line) -> sink.accept(Json.parseLine(file.toString(), lineNo, line)));
    }
}
