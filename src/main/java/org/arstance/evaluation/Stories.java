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

/**
 * Which labelled articles are one story, the unit that a split never cuts. A corpus can hold one
 * article under two ids (ANT files some stories under two categories) or reprint a paragraph in
 * another article, often with a dateline put before it or a mark changed; so two articles are one
 * story when a labelled paragraph of one has the same text as a labelled paragraph of the other,
 * or shares a run of {@value #SHINGLE_WORDS} words with it (punctuation and marks aside), or when a
 * corpus article's whole text equals the other's (white space aside).
 */
final class Stories {

    /** Two labelled paragraphs that share a run of this many words are copies of one text. */
    static final int SHINGLE_WORDS = 10;

    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private final Map<String, String> storyOfArticle;

    private Stories(Map<String, String> storyOfArticle) {
        this.storyOfArticle = storyOfArticle;
    }

    static Stories among(Collection<LabelRecord> records) {
        return new Stories(DuplicateGroups.of(records, LabelRecord::articleKey, Stories::identities));
    }

    private static List<String> identities(LabelRecord r) {
        List<String> out = new ArrayList<>();
        out.add("paragraph:" + DuplicateGroups.normalizeSpace(r.text()));
        String[] words = NOT_A_WORD.matcher(MARK.matcher(r.text()).replaceAll("")).replaceAll(" ").strip().split(" ");
        for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
            out.add("words:" + String.join(" ", java.util.Arrays.copyOfRange(words, i, i + SHINGLE_WORDS)));
        }
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
