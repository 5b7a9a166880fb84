package org.arstance.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arstance.corpus.DuplicateGroups;
import org.arstance.io.Digests;
import org.arstance.labels.LabelRecord;
import org.arstance.models.TopicContext;
import org.arstance.text.MatchForm;

/**
 * Which labelled articles are one story, the unit that a split never cuts. A corpus can hold one
 * article under two ids (ANT files some stories under two categories) or reprint a paragraph in
 * another article, often with a dateline put before it or a mark changed; so two articles are one
 * story when a labelled paragraph of one has the same text as a labelled paragraph of the other,
 * or shares a run of {@value #SHINGLE_WORDS} words with it (punctuation and marks aside, letters
 * folded as the attribution rules fold them), or when the texts a labelled paragraph's topic is
 * read with (its article's title and the paragraphs around it) share such a run or a whole text
 * with the other article's labelled paragraphs or their context (a run or text found in more than
 * {@value #MAX_RUN_ARTICLES} articles is boilerplate and joins nothing), or when a
 * corpus article's whole text equals the other's (white space aside).
 */
final class Stories {

    /** Two labelled paragraphs that share a run of this many words are copies of one text. */
    static final int SHINGLE_WORDS = 10;
    /**
     * A run of words found in more articles than this is boilerplate (an outlet's disclaimer, a
     * stock formula), not a sign of a copy: it joins nothing, so that it cannot chain many
     * unrelated articles into one story.
     */
    static final int MAX_RUN_ARTICLES = 3;

    private final Map<String, String> storyOfArticle;

    private Stories(Map<String, String> storyOfArticle) {
        this.storyOfArticle = storyOfArticle;
    }

    static Stories among(Collection<LabelRecord> records) {
        List<LabelRecord> list = List.copyOf(records);
        List<List<String>> contexts = TopicContext.ofRecords(list);
        Map<LabelRecord, Set<String>> sharedOf = new java.util.IdentityHashMap<>();
        Map<String, Set<String>> articlesOf = new java.util.HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            LabelRecord r = list.get(i);
            Set<String> shared = shared(r.text(), contexts.get(i));
            sharedOf.put(r, shared);
            shared.forEach(key -> articlesOf.computeIfAbsent(key, k -> new HashSet<>()).add(r.articleKey()));
        }
        return new Stories(DuplicateGroups.of(list, LabelRecord::articleKey,
                r -> identities(r, sharedOf.get(r), key -> articlesOf.get(key).size() <= MAX_RUN_ARTICLES)));
    }

    /**
     * What a labelled paragraph shares with copies of its text: its runs of {@link #SHINGLE_WORDS}
     * words, and those of the texts its topic is read with ({@link TopicContext}: the article's title
     * and the paragraphs around it), with each such text whole. A training paragraph must not read,
     * as its context, text that a held-out paragraph of another article is or reads, nor the reverse.
     */
    private static Set<String> shared(String text, List<String> context) {
        Set<String> out = runs(text);
        for (String c : context) {
            out.addAll(runs(c));
            out.add("text:" + DuplicateGroups.normalizeSpace(c));
        }
        return out;
    }

    /** A text's runs of {@link #SHINGLE_WORDS} words in matching form (letters folded, marks and punctuation dropped). */
    private static Set<String> runs(String text) {
        List<String> words = MatchForm.words(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            out.add("words:" + String.join(" ", words.subList(i, i + SHINGLE_WORDS)));
        }
        return out;
    }

    private static List<String> identities(LabelRecord r, Set<String> shared, java.util.function.Predicate<String> joins) {
        List<String> out = new ArrayList<>();
        out.add("paragraph:" + DuplicateGroups.normalizeSpace(r.text()));
        shared.stream().filter(joins).sorted().forEach(out::add);
        if (!r.articleText().isEmpty()) {
            out.add("article:" + Digests.sha1(String.join("\n", r.articleText().stream().map(DuplicateGroups::normalizeSpace).toList())));
        }
        return out;
    }

    String of(LabelRecord r) {
        return storyOfArticle.get(r.articleKey());
    }

    Set<String> of(List<LabelRecord> records) {
        Set<String> out = new HashSet<>();
        records.forEach(r -> out.add(of(r)));
        return out;
    }

    /** The records of {@code candidates} whose story has no article among {@code test}. */
    List<LabelRecord> apartFrom(List<LabelRecord> candidates, List<LabelRecord> test) {
        Set<String> tested = of(test);
        return candidates.stream().filter(r -> !tested.contains(of(r))).toList();
    }
}
