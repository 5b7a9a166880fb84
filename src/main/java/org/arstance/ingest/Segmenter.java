package org.arstance.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the text of one scraped file into its kept paragraphs, following "The unit" of the
 * annotation guide: HTML tags and entities left by the scraper turned into text ({@link HtmlMarkup}),
 * chrome and markers dropped, glued markers split off, blank lines dropped, an exact repeat inside
 * the file kept once, each paragraph given its article and kind.
 *
 * <p>Article boundaries come from two signals: a header marker ({@code TT}) after which the
 * headline is printed again (the article starts at the headline's first printing), and a
 * "related articles" block printed after an article's closing chrome whose title is followed by
 * two or more body paragraphs (a full article, not a teaser). A related block inside an article
 * ends where the article's body prose resumes. Everything else inside a related block is a teaser
 * of the article it follows.
 */
public final class Segmenter {

    private enum LineType { TEXT, HEADER_MARK, RELATED_MARK, CHROME }

    private record Entry(LineType type, String text) {
    }

    private enum State { HEADER, BODY, RELATED }

    /** Where articles start, and where an article's body resumes after a related block inside it. */
    private record Boundaries(Set<Integer> starts, Set<Integer> resumes) {
    }

    /** The entry that ends a related block: the first line of a new article, or of the article's body again. */
    private record BlockEnd(int at, boolean newArticle) {
    }

    private final CleaningRules rules;

    public Segmenter(CleaningRules rules) {
        this.rules = rules;
    }

    public Segmenter() {
        this(CleaningRules.defaults());
    }

    public List<Paragraph> segment(String doc, String text) {
        List<Entry> entries = classifyLines(text);
        return assign(doc, entries, boundaries(entries));
    }

    private List<Entry> classifyLines(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : HtmlMarkup.toText(text).split("\r\n|\r|\n|\u2028|\u2029", -1)) {
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

    /** Where articles start (header markers, related blocks after an article) and where body resumes after a block. */
    private Boundaries boundaries(List<Entry> entries) {
        Boundaries found = new Boundaries(new HashSet<>(), new HashSet<>());
        for (int i = 0; i < entries.size(); i++) {
            LineType type = entries.get(i).type();
            if (type == LineType.HEADER_MARK) {
                headlineBefore(entries, i).ifPresent(found.starts()::add);
            } else if (type == LineType.RELATED_MARK) {
                relatedBlockEnd(entries, i).ifPresent(end -> (end.newArticle() ? found.starts() : found.resumes()).add(end.at()));
            }
        }
        return found;
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

    /**
     * Where the related block opened by the marker at {@code mark} ends, if before the next marker.
     * The block holds teasers: titles (and their pictures), each with at most one lead sentence
     * after it (seed 000's related-article teasers); a short question is a title here as at the top
     * of an article (BBC's links often ask). Prose that is no teaser's lead ends the block: prose
     * that follows no title (CNN prints {@code اقرأ أيضا:} with its links lost, then the story goes
     * on), or two or more lines of prose after a title. In the latter case the title is the block's
     * last link and the article goes on after it (BBC's lists of links), unless the marker stands
     * after the article's closing chrome rather than after its text: then the title starts a full
     * article (seed 004: the source and tags lines, then {@code إقرأ أيضاً:} and a second article).
     */
    private Optional<BlockEnd> relatedBlockEnd(List<Entry> entries, int mark) {
        boolean afterArticle = mark == 0 || entries.get(mark - 1).type() != LineType.TEXT;
        for (int i = mark + 1; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.type() == LineType.HEADER_MARK || e.type() == LineType.RELATED_MARK) {
                return Optional.empty();
            }
            if (e.type() != LineType.TEXT || rules.isCaption(e.text())) {
                continue;
            }
            if (isProse(e.text())) {
                return Optional.of(new BlockEnd(i, false));
            }
            int run = proseFrom(entries, i + 1);
            if (run >= 2) {
                return Optional.of(afterArticle ? new BlockEnd(i, true) : new BlockEnd(i + 1, false));
            }
            i += run;
        }
        return Optional.empty();
    }

    /** How many lines of prose (not captions) follow one another from {@code from}. */
    private int proseFrom(List<Entry> entries, int from) {
        int n = 0;
        for (int j = from; j < entries.size(); j++) {
            Entry f = entries.get(j);
            if (f.type() != LineType.TEXT || !isProse(f.text()) || rules.isCaption(f.text())) {
                break;
            }
            n++;
        }
        return n;
    }

    private static int nextText(List<Entry> entries, int from) {
        for (int i = from; i < entries.size(); i++) {
            if (entries.get(i).type() == LineType.TEXT) {
                return i;
            }
        }
        return -1;
    }

    private List<Paragraph> assign(String doc, List<Entry> entries, Boundaries boundaries) {
        List<Paragraph> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int article = 0;
        State state = State.HEADER;
        boolean headed = false;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.type() == LineType.RELATED_MARK) {
                state = State.RELATED;
                continue;
            }
            if (e.type() != LineType.TEXT) {
                continue;
            }
            if (article == 0 || boundaries.starts().contains(i)) {
                article++;
                state = State.HEADER;
                headed = false;
            } else if (boundaries.resumes().contains(i)) {
                state = State.BODY;
            }
            boolean caption = rules.isCaption(e.text());
            String text = caption ? rules.stripSectionPrefix(e.text()) : e.text();
            if (!seen.add(key(text))) {
                continue;
            }
            ParagraphKind kind = kindOf(text, caption, state, headed);
            if (kind == ParagraphKind.BODY) {
                state = State.BODY;
            }
            headed |= kind == ParagraphKind.HEADLINE;
            out.add(new Paragraph(doc, out.size() + 1, article, kind, text));
        }
        return out;
    }

    /**
     * The kind of a kept line, from where it stands and how it ends. At the top of an article, a
     * line that does not end like a sentence is a headline unless too long for one, and so is a
     * short question or exclamation before any headline ({@link #isAskingTitle}); one after the
     * headline is the lede, body.
     */
    private ParagraphKind kindOf(String text, boolean caption, State state, boolean headed) {
        if (state == State.RELATED) {
            return ParagraphKind.TEASER;
        }
        if (caption) {
            return ParagraphKind.CAPTION;
        }
        if (state == State.HEADER && !headed && isAskingTitle(text)) {
            return ParagraphKind.HEADLINE;
        }
        if (rules.isSentence(text) || state == State.HEADER && CleaningRules.wordCount(text) > rules.maxHeadlineWords()) {
            return ParagraphKind.BODY;
        }
        return state == State.HEADER ? ParagraphKind.HEADLINE : bodyLineWithoutStop(text);
    }

    /** Ends like a sentence and is not a short question or exclamation that may be a title. */
    private boolean isProse(String text) {
        return rules.isSentence(text) && !isAskingTitle(text);
    }

    /**
     * A question or exclamation short enough to be a title ({@code لماذا …؟}): 1,909 of ANT's
     * 31,525 titles end so, none longer than 18 words, while prose that asks is longer.
     */
    private boolean isAskingTitle(String text) {
        return rules.endsAsQuestionOrExclamation(text) && CleaningRules.wordCount(text) <= rules.maxQuestionHeadlineWords();
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
