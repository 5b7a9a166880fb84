package org.arstance.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.arstance.io.Json;

/**
 * What counts as site chrome, markers, bylines, section words and photo credits in scraped
 * news files. The lists live in {@code cleaning-rules.json}, not in code, so that a new site's
 * chrome is a data change.
 */
public final class CleaningRules {

    private static final String RESOURCE = "cleaning-rules.json";
    /** White space (including NBSP) and invisible format marks (zero-width, bidi, BOM). */
    private static final Pattern EDGE_BLANK = Pattern.compile(
            "^[\\s\\p{Z}\\p{Cf}]+|[\\s\\p{Z}\\p{Cf}]+$");
    private static final Pattern LAST_PARENTHETICAL = Pattern.compile("\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)$");
    private static final String CLOSERS = "»”\"'’)]›";
    private static final String TERMINATORS = ".؟?!…:؛";
    private static final String ASKING = "؟?!";

    private final Pattern headerMarker;
    private final Pattern relatedMarker;
    private final Pattern gluedMarker;
    private final Pattern chromeLine;
    private final Pattern sectionWord;
    private final Pattern sectionPrefix;
    private final List<String> captionCredits;
    private final int maxHeadingWords;
    private final int maxHeadlineWords;
    private final int maxQuestionHeadlineWords;

    record Spec(
            @JsonProperty("header_markers") List<String> headerMarkers,
            @JsonProperty("related_markers") List<String> relatedMarkers,
            @JsonProperty("glued_markers") List<String> gluedMarkers,
            @JsonProperty("chrome_lines") List<String> chromeLines,
            @JsonProperty("section_words") List<String> sectionWords,
            @JsonProperty("caption_credits") List<String> captionCredits,
            @JsonProperty("max_heading_words") int maxHeadingWords,
            @JsonProperty("max_headline_words") int maxHeadlineWords,
            @JsonProperty("max_question_headline_words") int maxQuestionHeadlineWords) {
    }

    private CleaningRules(Spec spec) {
        this.headerMarker = anyOf(spec.headerMarkers());
        this.relatedMarker = anyOf(spec.relatedMarkers());
        this.gluedMarker = Pattern.compile(String.join("|", spec.gluedMarkers()));
        this.chromeLine = anyOf(spec.chromeLines());
        String sections = spec.sectionWords().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.sectionWord = Pattern.compile("(?:" + sections + ")");
        this.sectionPrefix = Pattern.compile("^(?:" + sections + ")\\s+");
        this.captionCredits = List.copyOf(spec.captionCredits());
        this.maxHeadingWords = spec.maxHeadingWords();
        this.maxHeadlineWords = spec.maxHeadlineWords();
        this.maxQuestionHeadlineWords = spec.maxQuestionHeadlineWords();
    }

    /** The rules shipped with arstance. */
    public static CleaningRules defaults() {
        try (InputStream in = CleaningRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new CleaningRules(Json.MAPPER.readerFor(Spec.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern anyOf(List<String> regexes) {
        return Pattern.compile(regexes.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")));
    }

    /** The line without surrounding white space and invisible marks. */
    public String trim(String line) {
        return EDGE_BLANK.matcher(line).replaceAll("");
    }

    /**
     * Splits a raw line at glued markers ({@code زر الذهاب إلى الأعلى[ad_1]}): each marker and each
     * piece of text between them becomes its own trimmed, non-blank line.
     */
    public List<String> splitGluedMarkers(String line) {
        List<String> parts = new ArrayList<>();
        Matcher m = gluedMarker.matcher(line);
        int start = 0;
        while (m.find()) {
            addTrimmed(parts, line.substring(start, m.start()));
            addTrimmed(parts, m.group());
            start = m.end();
        }
        addTrimmed(parts, line.substring(start));
        return parts;
    }

    private void addTrimmed(List<String> parts, String s) {
        String t = trim(s);
        if (!t.isEmpty()) {
            parts.add(t);
        }
    }

    public boolean isHeaderMarker(String line) {
        return headerMarker.matcher(line).matches();
    }

    public boolean isRelatedMarker(String line) {
        return relatedMarker.matcher(line).matches();
    }

    /** Site chrome, markers, bylines and section words standing alone. */
    public boolean isChrome(String line) {
        return chromeLine.matcher(line).matches() || sectionWord.matcher(line).matches();
    }

    /** A photo caption: the line ends with a parenthetical photo credit and is not a sentence. */
    public boolean isCaption(String line) {
        Matcher m = LAST_PARENTHETICAL.matcher(line);
        if (!m.find()) {
            return false;
        }
        String credit = m.group(1);
        return captionCredits.stream().anyMatch(credit::contains);
    }

    /** A caption without the section word a site glued before it ({@code المشرق العربي صورة …}). */
    public String stripSectionPrefix(String caption) {
        return sectionPrefix.matcher(caption).replaceFirst("");
    }

    /** Ends like a sentence: a final stop, question mark, colon or ellipsis before any closing quotes. */
    public boolean isSentence(String line) {
        return TERMINATORS.indexOf(finalMark(line)) >= 0;
    }

    /** Ends in a question or exclamation mark before any closing quotes: a title may end so too. */
    public boolean endsAsQuestionOrExclamation(String line) {
        return ASKING.indexOf(finalMark(line)) >= 0;
    }

    /** The line's last character before closing quotes and white space, or NUL when there is none. */
    private static char finalMark(String line) {
        int i = line.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(line.charAt(i)) >= 0 || Character.isWhitespace(line.charAt(i)))) {
            i--;
        }
        return i >= 0 ? line.charAt(i) : '\0';
    }

    /** Has clause punctuation inside it (a comma, a full stop, a colon): body text, not a title. */
    public boolean hasClausePunctuation(String line) {
        return line.chars().anyMatch(c -> c == '،' || c == ',' || c == '.' || c == ':' || c == '؛');
    }

    public int maxHeadingWords() {
        return maxHeadingWords;
    }

    /**
     * The longest line, in words, that can be a headline. A longer line at the top of an article
     * that does not end like a sentence is body text that lost its stop, not a headline.
     */
    public int maxHeadlineWords() {
        return maxHeadlineWords;
    }

    /**
     * The longest question or exclamation, in words, that can open an article as its headline.
     * Titles that ask or exclaim are short (ANT's 1,909 run to 18 words), while ANT's first
     * paragraphs that end so are prose (37 words at the median, most with a comma): the limit keeps
     * a question that opens a file without a title in the body.
     */
    public int maxQuestionHeadlineWords() {
        return maxQuestionHeadlineWords;
    }

    public static int wordCount(String line) {
        String t = line.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
