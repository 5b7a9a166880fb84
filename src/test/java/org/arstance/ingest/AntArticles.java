package org.arstance.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.arstance.corpus.AntCorpus;
import org.arstance.corpus.DataDirectory;
import org.junit.jupiter.api.Assumptions;

/**
 * ANT articles rebuilt as scraped {@code .txt} files (the title, a blank line, the paragraphs with
 * a blank line between them), the way the analyst rebuilt them to review the segmenter. The corpus
 * is read from beside the project and never copied into it; a test using it is skipped when it is
 * not there.
 */
record AntArticles(String docId, String title, List<String> paragraphs) {

    /** The articles the filter keeps, in corpus order; skips the calling test when ANT is missing. */
    static List<AntArticles> where(Predicate<AntArticles> filter) {
        AntCorpus ant = new AntCorpus(DataDirectory.resolve(null));
        Assumptions.assumeTrue(Files.isRegularFile(ant.file()), "ANT not beside the project");
        List<AntArticles> kept = new ArrayList<>();
        ant.forEachArticle(doc -> {
            AntArticles a = of(doc);
            if (filter.test(a)) {
                kept.add(a);
            }
        });
        return kept;
    }

    private static AntArticles of(JsonNode doc) {
        List<String> paragraphs = new ArrayList<>();
        doc.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        return new AntArticles(doc.path("doc_id").asText(), doc.path("title").asText(), List.copyOf(paragraphs));
    }

    /** The article as a scraped file's text. */
    String asFile() {
        return title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    List<Paragraph> segment(Segmenter segmenter) {
        return segmenter.segment(docId, asFile());
    }

    /** The kept paragraph holding the corpus paragraph {@code index} (0-based), by its trimmed text. */
    Paragraph kept(List<Paragraph> segmented, int index) {
        String text = CleaningRules.defaults().trim(paragraphs.get(index));
        return segmented.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(docId + ": corpus paragraph " + index + " was not kept"));
    }
}
