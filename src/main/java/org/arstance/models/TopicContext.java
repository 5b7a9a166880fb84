package org.arstance.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.arstance.ingest.ParagraphKind;
import org.arstance.labels.LabelRecord;

/**
 * The text of its article that the topic classifier reads beside a paragraph: the guide gives a
 * paragraph that needs its article to be understood the article's topic, and a paragraph alone
 * ("ويتكون مجلس النواب من 329 مقعدا") does not say which country it is about. The context is the
 * article's title and the paragraphs right before and after it. A related-article teaser is
 * labelled on its own content, so it has no context and is no other paragraph's context. An article
 * without a title of its own (a scraped file, a label file's own text) has its headline paragraphs
 * stand for the title. A paragraph with nothing around it (given alone, with no title) reads itself
 * ({@link #readsItself}).
 *
 * <p>Training, evaluation and classify all take a paragraph's context from here, so a model reads
 * in use what it was trained on.
 *
 * @param title      whether the article's own title is part of the context
 * @param paragraphs the 0-based positions in the article of the paragraphs that are, in order
 */
public record TopicContext(boolean title, List<Integer> paragraphs) {

    private static final String TEASER = ParagraphKind.TEASER.id();
    private static final String HEADLINE = ParagraphKind.HEADLINE.id();
    private static final TopicContext NONE = new TopicContext(false, List.of());

    public TopicContext {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The context of each paragraph of one article, in order.
     *
     * @param hasTitle whether the article has a title apart from its paragraphs
     * @param kinds    each paragraph's kind, in article order; null for a position the article does
     *                 not give (a paragraph nobody labelled), which is no paragraph's context
     */
    public static List<TopicContext> ofArticle(boolean hasTitle, List<String> kinds) {
        List<Integer> headlines = new ArrayList<>();
        if (!hasTitle) {
            for (int i = 0; i < kinds.size(); i++) {
                if (HEADLINE.equals(kinds.get(i))) {
                    headlines.add(i);
                }
            }
        }
        List<TopicContext> out = new ArrayList<>(kinds.size());
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == null || TEASER.equals(kinds.get(i))) {
                out.add(NONE);
                continue;
            }
            TreeSet<Integer> around = new TreeSet<>(headlines);
            for (int j : new int[] {i - 1, i + 1}) {
                if (j >= 0 && j < kinds.size() && kinds.get(j) != null && !TEASER.equals(kinds.get(j))) {
                    around.add(j);
                }
            }
            out.add(new TopicContext(hasTitle, new ArrayList<>(around)));
        }
        return out;
    }

    /**
     * Whether a paragraph whose context came out {@code empty} reads itself as its context: one with
     * nothing around it (a paragraph given alone, with no title) is its own article, so that the
     * context block is not read empty where training never had it empty; a teaser reads nothing.
     */
    public static boolean readsItself(boolean empty, String kind) {
        return empty && !TEASER.equals(kind);
    }

    /** The context's texts: the title (when it is part of it and not blank), then the paragraphs. */
    public List<String> texts(String articleTitle, List<String> article) {
        return select(articleTitle == null || articleTitle.isBlank() ? null : articleTitle, article);
    }

    /**
     * What stands for the context among what stands for the article (its texts, or their term
     * counts): {@code articleTitle} when the title is part of it and not null, then the paragraphs.
     */
    public <T> List<T> select(T articleTitle, List<T> article) {
        List<T> out = new ArrayList<>();
        if (title && articleTitle != null) {
            out.add(articleTitle);
        }
        paragraphs.forEach(i -> out.add(article.get(i)));
        return out;
    }

    /**
     * The context texts of each labelled paragraph, in the order given. A corpus record's article
     * comes whole from the corpus, with its title; the articles of the project's own text are
     * labelled whole, so their paragraphs are the records of the same article (every article is on
     * one side of a split, so the records given hold all of it that is labelled).
     */
    public static List<List<String>> ofRecords(List<LabelRecord> records) {
        Map<String, Map<Integer, LabelRecord>> ownArticles = new LinkedHashMap<>();
        for (LabelRecord r : records) {
            if (r.ownText()) {
                ownArticles.computeIfAbsent(r.articleKey(), k -> new LinkedHashMap<>()).put(r.n(), r);
            }
        }
        Map<String, List<String>> ownTexts = new LinkedHashMap<>();
        Map<String, List<TopicContext>> ownContexts = new LinkedHashMap<>();
        ownArticles.forEach((article, byN) -> {
            int last = byN.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> kinds = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int n = 1; n <= last; n++) {
                LabelRecord r = byN.get(n);
                kinds.add(r == null ? null : r.kind());
                texts.add(r == null ? null : r.text());
            }
            ownTexts.put(article, texts);
            ownContexts.put(article, ofArticle(false, kinds));
        });
        List<List<String>> out = new ArrayList<>(records.size());
        for (LabelRecord r : records) {
            if (r.ownText()) {
                out.add(ownContexts.get(r.articleKey()).get(r.n() - 1).texts(null, ownTexts.get(r.articleKey())));
            } else {
                List<String> kinds = new ArrayList<>();
                for (int i = 0; i < r.articleText().size(); i++) {
                    kinds.add(i == r.n() - 1 ? r.kind() : ParagraphKind.BODY.id());
                }
                out.add(ofArticle(true, kinds).get(r.n() - 1).texts(r.title(), r.articleText()));
            }
        }
        return out;
    }
}
