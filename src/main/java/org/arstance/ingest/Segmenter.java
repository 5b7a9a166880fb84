package org.arstance.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the text of one scraped file into its kept paragraphs, following "The unit" of the
 * annotation guide: chrome and markers dropped, glued markers split off, blank lines dropped,
 * an exact repeat inside the file kept once, each paragraph given its article and kind.
 *
 * <p>Article boundaries come from two signals: a header marker ({@code TT}) after which the
 * headline is printed again (the article starts at the headline's first printing), and a
 * "related articles" block whose title is followed by two or more body paragraphs (a full
 * article, not a teaser). Everything else inside a related block is a teaser of the article
 * it follows.
 */
public final class Segmenter {

    private enum LineType { TEXT, HEADER_MARK, RELATED_MARK, CHROME }

    private record Entry(LineType type, String text) {
    }

    private enum State { HEADER, BODY, RELATED }

    private final CleaningRules rules;

    public Segmenter(CleaningRules rules) {
        this.rules = rules;
    }

    public Segmenter() {
        this(CleaningRules.defaults());
    }

    public List<Paragraph> segment(String doc, String text) {
        List<Entry> entries = classifyLines(text);
        Set<Integer> starts = articleStarts(entries);
        return assign(doc, entries, starts);
    }

    private List<Entry> classifyLines(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n|\u2028|\u2029", -1)) {
            for (String line : rules.splitGluedMarkers(raw)) {
                entries.add(new Entry(typeOf(line), line));
            }
        }
        return entries;
    }

    private LineType typeOf(String line) {
        if (rules.isHeaderMarker(line)) {
            return LineType.HEADER_MARK;
        }
        if (rules.isRelatedMarker(line)) {
            return LineType.RELATED_MARK;
        }
        return rules.isChrome(line) ? LineType.CHROME : LineType.TEXT;
    }

    private Set<Integer> articleStarts(List<Entry> entries) {
        Set<Integer> starts = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            LineType type = entries.get(i).type();
            if (type == LineType.HEADER_MARK) {
                headlineBefore(entries, i).ifPresent(starts::add);
            } else if (type == LineType.RELATED_MARK) {
                fullArticleAfter(entries, i).ifPresent(starts::add);
            }
        }
        return starts;
    }

    /** The first printing of the headline that a header marker at {@code mark} prints again. */
    private Optional<Integer> headlineBefore(List<Entry> entries, int mark) {
        int next = nextText(entries, mark + 1);
        if (next < 0) {
            return Optional.empty();
        }
        String headline = key(entries.get(next).text());
        for (int k = 0; k < mark; k++) {
            Entry e = entries.get(k);
            if (e.type() == LineType.TEXT && key(e.text()).equals(headline)) {
                return Optional.of(k);
            }
        }
        return Optional.of(next);
    }

    /** A title inside a related block followed by two or more body paragraphs starts a full article. */
    private Optional<Integer> fullArticleAfter(List<Entry> entries, int mark) {
        for (int i = mark + 1; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.type() == LineType.HEADER_MARK || e.type() == LineType.RELATED_MARK) {
                return Optional.empty();
            }
            if (e.type() != LineType.TEXT || !isTitle(e.text())) {
                continue;
            }
            int body = 0;
            for (int j = i + 1; j < entries.size(); j++) {
                Entry f = entries.get(j);
                if (f.type() != LineType.TEXT || !rules.isSentence(f.text()) || rules.isCaption(f.text())) {
                    break;
                }
                body++;
            }
            if (body >= 2) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private boolean isTitle(String line) {
        return !rules.isSentence(line) && !rules.isCaption(line);
    }

    private static int nextText(List<Entry> entries, int from) {
        for (int i = from; i < entries.size(); i++) {
            if (entries.get(i).type() == LineType.TEXT) {
                return i;
            }
        }
        return -1;
    }

    private List<Paragraph> assign(String doc, List<Entry> entries, Set<Integer> starts) {
        List<Paragraph> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int article = 0;
        State state = State.HEADER;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.type() == LineType.RELATED_MARK) {
                state = State.RELATED;
                continue;
            }
            if (e.type() != LineType.TEXT) {
                continue;
            }
            if (article == 0 || starts.contains(i)) {
                article++;
                state = State.HEADER;
            }
            boolean caption = rules.isCaption(e.text());
            String text = caption ? rules.stripSectionPrefix(e.text()) : e.text();
            if (!seen.add(key(text))) {
                continue;
            }
            ParagraphKind kind;
            if (caption) {
                kind = state == State.RELATED ? ParagraphKind.TEASER : ParagraphKind.CAPTION;
            } else if (state == State.RELATED) {
                kind = ParagraphKind.TEASER;
            } else if (rules.isSentence(text) || state == State.HEADER && CleaningRules.wordCount(text) > rules.maxHeadlineWords()) {
                kind = ParagraphKind.BODY;
                state = State.BODY;
            } else if (state == State.HEADER) {
                kind = ParagraphKind.HEADLINE;
            } else {
                kind = bodyLineWithoutStop(text);
            }
            out.add(new Paragraph(doc, out.size() + 1, article, kind, text));
        }
        return out;
    }

    /**
     * A line inside an article's body that does not end like a sentence: a short title is a
     * section heading; a long run of words with no clause punctuation is a related-article link
     * printed inline; anything else is body text that lost its final stop.
     */
    private ParagraphKind bodyLineWithoutStop(String text) {
        if (rules.hasClausePunctuation(text)) {
            return ParagraphKind.BODY;
        }
        return CleaningRules.wordCount(text) <= rules.maxHeadingWords() ? ParagraphKind.HEADING : ParagraphKind.TEASER;
    }

    /** Exact-repeat key: the text with runs of white space folded. */
    private static String key(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", " ");
    }
}
