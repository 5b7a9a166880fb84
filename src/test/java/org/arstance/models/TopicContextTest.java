package org.arstance.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.junit.jupiter.api.Test;

/** What of its article the topic classifier reads beside a paragraph. */
class TopicContextTest {

    @Test
    void aParagraphReadsTheParagraphsAroundItAndTheHeadlinesWhenTheArticleHasNoTitle() {
        List<String> kinds = List.of("headline", "body", "body", "teaser", "body");
        List<TopicContext> c = TopicContext.ofArticle(false, kinds);
        assertEquals(new TopicContext(false, List.of(0, 1)), c.get(0), "the headline: itself as the title, and the next paragraph");
        assertEquals(new TopicContext(false, List.of(0, 2)), c.get(1));
        // a teaser is labelled on its own content: it reads nothing, and nobody reads it
        assertEquals(new TopicContext(false, List.of(0, 1)), c.get(2));
        assertEquals(new TopicContext(false, List.of()), c.get(3));
        assertEquals(new TopicContext(false, List.of(0)), c.get(4));
    }

    @Test
    void anArticleWithATitleReadsItInsteadOfItsHeadlinesAndAnUnlabelledPositionIsNobodysContext() {
        List<String> kinds = new ArrayList<>(List.of("headline", "body", "body"));
        kinds.add(1, null);
        List<TopicContext> c = TopicContext.ofArticle(true, kinds);
        assertEquals(new TopicContext(true, List.of()), c.get(0));
        assertEquals(new TopicContext(false, List.of()), c.get(1));
        assertEquals(new TopicContext(true, List.of(3)), c.get(2));
        assertEquals(List.of("عنوان", "ج"), c.get(2).texts("عنوان", List.of("أ", "ب", "ت", "ج")));
        assertEquals(List.of("ج"), c.get(2).texts(" ", List.of("أ", "ب", "ت", "ج")), "a blank title is no context");
    }

    @Test
    void aSeedParagraphReadsItsArticlesHeadlinesAndNeighboursFromTheLabelFile() {
        LabelSet seeds = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
        List<LabelRecord> records = seeds.records();
        List<List<String>> contexts = TopicContext.ofRecords(records);
        int checked = 0;
        for (int i = 1; i + 1 < records.size(); i++) {
            LabelRecord r = records.get(i);
            LabelRecord before = records.get(i - 1);
            LabelRecord after = records.get(i + 1);
            boolean middle = r.kind().equals("body") && before.kind().equals("body") && after.kind().equals("body")
                    && before.articleKey().equals(r.articleKey()) && after.articleKey().equals(r.articleKey());
            if (!middle) {
                continue;
            }
            List<String> headlines = records.stream().filter(q -> q.articleKey().equals(r.articleKey()) && q.kind().equals("headline"))
                    .map(LabelRecord::text).toList();
            List<String> expected = new ArrayList<>(headlines);
            expected.add(before.text());
            expected.add(after.text());
            assertEquals(expected, contexts.get(i), r.where());
            checked++;
        }
        assertTrue(checked > 50, "body paragraphs between two body paragraphs: " + checked);
        // the order records come in does not change a paragraph's context
        List<LabelRecord> reversed = new ArrayList<>(records);
        java.util.Collections.reverse(reversed);
        List<List<String>> back = TopicContext.ofRecords(reversed);
        for (int i = 0; i < records.size(); i++) {
            assertEquals(contexts.get(i), back.get(records.size() - 1 - i));
        }
    }
}
