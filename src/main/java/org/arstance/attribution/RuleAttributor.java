package org.arstance.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.arstance.labels.Schema;

/**
 * Rule-based attribution for Arabic news, after the annotation guide:
 * <ol>
 *   <li>a headline of the form {@code ACTOR: …} has the actor before the colon as source;</li>
 *   <li>otherwise the first verb of saying (قال، أكد، أعلن، اتهم، دعا … with their inflections,
 *       و/ف prefixes and object pronouns) or attribution phrase (وفق، بحسب، نقلاً عن، في بيان …) whose
 *       speaker can be found wins: the speaker is the first actor mention after the cue, before the
 *       reported content begins (إن، أن، a colon or a quotation mark), else the nearest before it;</li>
 *   <li>a news agency cited as the channel (وفق «وكالة الصحافة الفرنسية») is passed over;</li>
 *   <li>a verb of saying that is denied (لم يذكر) or opens a relative clause (التي أعلنتها) is no cue,
 *       nor is an adverbial form used as an adjective (إجراءات أمنية مشددة);
 *       in the pluperfect كان SUBJECT قد VERB the subject stands between the two, never after the verb;</li>
 *   <li>a verb with no named speaker at the start of a sentence (وأضاف: …، وأكد أن …) continues the
 *       previous paragraph's source in the same article, even when a later cue of the paragraph names
 *       someone (that cue is part of what the continued speaker says);</li>
 *   <li>no cue with a speaker: narration, source {@code none}. A caption is always {@code none}.</li>
 *   <li>in an article that an outlet's disclaimer marks as an opinion piece (جميع المقالات المنشورة
 *       تمثل رأي كتابها), every body paragraph but the disclaimer is the writer's.</li>
 * </ol>
 * The writer is the schema's {@code writer_source}; a schema without one turns the last rule and
 * the first-person rule ({@link #analyze}) off.
 * Actors come from the schema's gazetteer; no actor is written in this code.
 */
public final class RuleAttributor {

    private static final int HEADLINE_MAX_WORDS = 5;
    /** How many words after a verb with no named speaker may name its speaker. */
    private static final int SUBJECT_WORDS = 2;
    /** The shortest word remembered as a speaker's name. */
    private static final int MIN_NAME_LENGTH = 3;
    /** The most words of a dateline's place before the outlet's name in parentheses. */
    private static final int DATELINE_MAX_WORDS = 6;
    private static final Pattern COMMA = Pattern.compile("[،,]");
    /** What {@link #speakerOf} finds when the verb's subject is a channel (ذكرت وكالة رويترز): nobody speaks. */
    private static final Attribution CHANNEL_SUBJECT = new Attribution("", null);

    private final Schema schema;
    private final AttributionLexicon lexicon;
    private final byte[] lexiconJson;
    private final ActorGazetteer gazetteer;
    /** The source of a writer's own voice (the schema's {@code writer_source}), or null: the writer's rules are off. */
    private final String writer;

    /** The rules of the lexicon shipped with this arstance. */
    public RuleAttributor(Schema schema) {
        this(schema, AttributionLexicon.defaultBytes());
    }

    /**
     * The rules of a given lexicon file (a model carries the one it was trained with, so that its
     * sources stay those it was evaluated with whatever lexicon a later arstance ships).
     */
    public RuleAttributor(Schema schema, byte[] lexiconJson) {
        this.schema = schema;
        this.lexiconJson = lexiconJson.clone();
        this.lexicon = AttributionLexicon.parse(lexiconJson);
        this.gazetteer = new ActorGazetteer(schema, lexicon.channels());
        this.writer = schema.writerSource().orElse(null);
    }

    /** The lexicon file these rules were built from, as bytes. */
    public byte[] lexiconJson() {
        return lexiconJson.clone();
    }

    /**
     * @param kind           the paragraph's kind (headline, caption, heading, body, teaser)
     * @param previousSource the source of the previous paragraph of the same article, or null
     */
    public Attribution attribute(String text, String kind, String previousSource) {
        return analyze(text, kind).resolve(ArticleContext.after(previousSource), schema.noSource());
    }

    /**
     * The sources of a whole article's paragraphs, in order: each paragraph's own speaker, or a
     * speaker named earlier by the name a continuing verb gives, or the continuation of the
     * previous paragraph's, or, when some paragraph marks the article as an opinion piece, the
     * writer.
     */
    public List<Attribution> attributeArticle(List<String> texts, List<String> kinds) {
        List<RuleResult> results = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            results.add(analyze(texts.get(i), kinds.get(i)));
        }
        return resolveArticle(results);
    }

    /** As {@link #attributeArticle}, from what {@link #analyze} found in each paragraph of the article. */
    public List<Attribution> resolveArticle(List<RuleResult> article) {
        ArticleWalk walk = new ArticleWalk(opinionMarker(article));
        List<Attribution> out = new ArrayList<>(article.size());
        for (RuleResult r : article) {
            out.add(walk.next(r, context -> r.resolve(context, schema.noSource())));
        }
        return out;
    }

    /** The first opinion-piece disclaimer among an article's paragraphs, or null. */
    public static String opinionMarker(List<RuleResult> article) {
        for (RuleResult r : article) {
            if (r.opinionMarker() != null) {
                return r.opinionMarker();
            }
        }
        return null;
    }

    /**
     * The opinion-piece disclaimer in a paragraph, as written, or null; cheaper than
     * {@link #analyze} when only the article's kind is wanted.
     */
    public String opinionMarker(String text) {
        MatchText mt = new MatchText(text);
        return opinionMarker(mt, mt.tokens());
    }

    private String opinionMarker(MatchText mt, List<MatchText.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            int last = lexicon.opinionMarkerAt(tokens, i);
            if (last >= 0) {
                return mt.originalText(tokens.get(i).start(), tokens.get(last).end());
            }
        }
        return null;
    }

    /**
     * What the rules find in the paragraph alone: a source with its evidence, or none, or a verb
     * with no named speaker that continues the previous paragraph's source (resolved later, in
     * paragraph order, by {@link RuleResult#resolve}).
     */
    public RuleResult analyze(String text, String kind) {
        if ("caption".equals(kind)) {
            return new RuleResult(none(), null);
        }
        MatchText mt = new MatchText(text);
        List<MatchText.Token> tokens = afterDateline(mt, mt.tokens());
        String marker = opinionMarker(mt, tokens);
        if (marker != null) {
            // the disclaimer itself is the outlet's boilerplate: nobody's statement
            return new RuleResult(none(), null, marker, null);
        }
        String w = "body".equals(kind) ? writer : null;
        Attribution headline = headline(mt, tokens);
        if (headline != null) {
            return new RuleResult(headline, null);
        }
        SourceEvidence continuation = null;
        List<RuleResult.Word> subject = List.of();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i).text();
            if (lexicon.verb(token) != null && !lexicon.impersonalAt(tokens, i) && !notACue(mt, tokens, i)) {
                Attribution a = speakerOf(mt, tokens, i, i, "verb");
                if (a == CHANNEL_SUBJECT) {
                    continue; // a channel reports: nobody's position, and no continued speaker either
                }
                if (a != null) {
                    return new RuleResult(a, continuation, null, w, speakerNames(mt, tokens, i, a),
                            continuation != null ? subject : subjectWords(mt, tokens, i));
                }
                if (continuation == null && startsClause(mt, tokens, i)) {
                    MatchText.Token cue = tokens.get(i);
                    String c = mt.originalText(cue.start(), cue.end());
                    int cs = mt.originalOffset(cue.start());
                    continuation = new SourceEvidence("continuation", c, cs, cs + c.length(), null, -1, -1);
                    subject = subjectWords(mt, tokens, i);
                }
            }
            int phraseEnd = phraseAt(tokens, i);
            if (phraseEnd >= 0) {
                Attribution a = speakerOf(mt, tokens, i, phraseEnd, "phrase");
                if (a != null) {
                    return new RuleResult(a, continuation, null, w, speakerNames(mt, tokens, phraseEnd, a), subject);
                }
            }
        }
        if (continuation == null && "body".equals(kind)) {
            Attribution voice = writerVoice(mt, tokens);
            if (voice != null) {
                return new RuleResult(voice, null, null, w);
            }
        }
        return new RuleResult(none(), continuation, null, w, Map.of(), subject);
    }

    /**
     * The words a speaker named after its cue is known by in this paragraph: the words of the
     * subject phrase between the cue and where the reported content begins (قال نائب الأمين العام
     * لحزب الله، الشيخ نعيم قاسم، إن → نعيم، قاسم), leaving out actor mentions, titles and short words;
     * each maps to the speaker. Empty when the speaker stands before the cue.
     */
    private Map<String, String> speakerNames(MatchText mt, List<MatchText.Token> tokens, int cueLast, Attribution a) {
        int mentionStart = a.evidence().mentionStart();
        if (mentionStart < mt.originalOffset(tokens.get(cueLast).end())) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        int end = subjectEnd(mt, tokens, cueLast, lexicon.windowAfter(), a.evidence().rule().equals("phrase"));
        for (int j = cueLast + 1; j < end; j++) {
            ActorGazetteer.Mention m = gazetteer.at(tokens, j);
            if (m != null) {
                j = m.last();
                continue;
            }
            String word = tokens.get(j).text();
            if (word.length() >= MIN_NAME_LENGTH && !lexicon.isNotName(word) && lexicon.verb(word) == null) {
                names.put(word, a.source());
            }
        }
        return names;
    }

    /** The first words after a verb with no named speaker, before the reported content: whom it may name. */
    private List<RuleResult.Word> subjectWords(MatchText mt, List<MatchText.Token> tokens, int verb) {
        List<RuleResult.Word> out = new ArrayList<>();
        int end = subjectEnd(mt, tokens, verb, SUBJECT_WORDS, false);
        for (int j = verb + 1; j < end; j++) {
            MatchText.Token t = tokens.get(j);
            String original = mt.originalText(t.start(), t.end());
            int start = mt.originalOffset(t.start());
            out.add(new RuleResult.Word(t.text(), original, start, start + original.length()));
        }
        return out;
    }

    /**
     * A body paragraph with no verb of saying whose writer speaks in the first person outside any
     * quotation (نحن، علينا، أعتقد): an opinion column in its writer's own voice, source the schema's {@code writer_source}.
     */
    private Attribution writerVoice(MatchText mt, List<MatchText.Token> tokens) {
        if (writer == null) {
            return null;
        }
        String text = mt.normalized();
        int depth = 0; // how deep in quotation marks (« » “ ” or paired ") the current word stands
        int pos = 0;
        for (MatchText.Token t : tokens) {
            for (; pos < t.start(); pos++) {
                char c = text.charAt(pos);
                if (c == '\u00AB' || c == '\u201C') {
                    depth++;
                } else if ((c == '\u00BB' || c == '\u201D') && depth > 0) {
                    depth--;
                } else if (c == '"') {
                    depth = depth > 0 ? depth - 1 : 1;
                }
            }
            pos = t.end();
            if (depth == 0 && lexicon.isWriterVoice(t.text())) {
                String cue = mt.originalText(t.start(), t.end());
                int cs = mt.originalOffset(t.start());
                return new Attribution(writer, new SourceEvidence("voice", cue, cs, cs + cue.length(), null, -1, -1));
            }
        }
        return null;
    }

    /** The actors mentioned in the paragraph, in order of first mention (channels left out). */
    public List<String> mentions(String text) {
        MatchText mt = new MatchText(text);
        List<MatchText.Token> tokens = mt.tokens();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            ActorGazetteer.Mention m = gazetteer.at(tokens, i);
            if (m != null) {
                if (!m.channel()) {
                    out.add(m.actor());
                }
                i = m.last();
            }
        }
        return new ArrayList<>(out);
    }

    private Attribution none() {
        return new Attribution(schema.noSource(), null);
    }

    /**
     * The paragraph's words after a leading dateline ({@code دبي، الإمارات العربية المتحدة (CNN) --}:
     * a few words of place, the outlet's name in parentheses, a dash), whose place names are where
     * the report was filed, not who speaks; all the words when there is none.
     */
    private static List<MatchText.Token> afterDateline(MatchText mt, List<MatchText.Token> tokens) {
        String text = mt.normalized();
        int open = text.indexOf('(');
        if (open < 0 || open > 80) {
            return tokens;
        }
        int close = text.indexOf(')', open);
        if (close < 0 || close - open > 24 || text.substring(open + 1, close).chars().anyMatch(Character::isDigit)) {
            return tokens;
        }
        int dash = close + 1;
        while (dash < text.length() && text.charAt(dash) == ' ') {
            dash++;
        }
        if (dash >= text.length() || "-\u2013\u2014".indexOf(text.charAt(dash)) < 0
                || text.substring(0, open).contains(".")) {
            return tokens;
        }
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < dash) {
            first++;
        }
        long placeWords = tokens.stream().filter(t -> t.end() <= open).count();
        return placeWords > DATELINE_MAX_WORDS ? tokens : tokens.subList(first, tokens.size());
    }

    /** {@code X: …} with X an actor mention of at most a few words at the very start. */
    private Attribution headline(MatchText mt, List<MatchText.Token> tokens) {
        int colon = mt.normalized().indexOf(':');
        if (colon < 0 || tokens.isEmpty() || tokens.get(0).start() > 1) {
            return null;
        }
        int words = 0;
        while (words < tokens.size() && tokens.get(words).end() <= colon) {
            words++;
        }
        if (words == 0 || words > HEADLINE_MAX_WORDS || !mt.between(tokens.get(words - 1).end(), colon + 1).strip().equals(":")) {
            return null;
        }
        ActorGazetteer.Mention m = gazetteer.at(tokens, 0);
        if (m == null || m.channel() || m.last() != words - 1) {
            return null;
        }
        return found(mt, tokens, m, colon, colon + 1, "headline");
    }

    /** Index of the last token of an attribution phrase starting at {@code i}, or -1. */
    private int phraseAt(List<MatchText.Token> tokens, int i) {
        String first = tokens.get(i).text();
        // the first word may carry و (وبحسب، ووفق), not ف: «فحسب» is "only"
        List<String> firstForms = first.startsWith("و") ? ActorGazetteer.forms(first.substring(1)) : List.of();
        for (List<String> p : lexicon.phrases()) {
            if ((first.equals(p.get(0)) || firstForms.contains(p.get(0))) && AttributionLexicon.restAt(p, tokens, i)) {
                return i + p.size() - 1;
            }
        }
        return -1;
    }

    /**
     * The speaker of a cue spanning tokens [cueFirst, cueLast]: the first actor after it before the
     * content begins, else the nearest actor before it; {@link #CHANNEL_SUBJECT} when the verb's
     * subject is a channel; null when no speaker is named (a verb then continues the previous
     * paragraph's source).
     */
    private Attribution speakerOf(MatchText mt, List<MatchText.Token> tokens, int cueFirst, int cueLast, String rule) {
        MatchText.Token first = tokens.get(cueFirst);
        MatchText.Token last = tokens.get(cueLast);
        if (rule.equals("verb")) {
            int auxiliary = pluperfectAuxiliary(mt, tokens, cueFirst);
            if (auxiliary >= 0) {
                // كان SUBJECT قد VERB OBJECT: the subject is between the two, never after the verb
                return firstActorIn(mt, tokens, auxiliary + 1, cueFirst - 1, false, cueFirst, cueLast, rule);
            }
            if (cueFirst > 0) {
                // subject right before the verb (SVO, as in headlines: ACTOR تعلن …)
                ActorGazetteer.Mention m = mentionEndingAt(tokens, cueFirst - 1);
                if (m != null && !m.channel() && mt.between(tokens.get(cueFirst - 1).end(), first.start()).isBlank()) {
                    return found(mt, tokens, m, first.start(), last.end(), rule);
                }
            }
        }
        int end = subjectEnd(mt, tokens, cueLast, lexicon.windowAfter(), rule.equals("phrase"));
        for (int j = cueLast + 1; j < end; j++) {
            ActorGazetteer.Mention m = gazetteer.at(tokens, j);
            if (m != null) {
                if (m.channel()) {
                    // the verb's subject is a channel (ذكرت وسائل إعلام سورية …): the statement is nobody's position,
                    // unless the channel is a state's own (وكالة الأنباء السورية الرسمية): then the state speaks
                    // (a channel with the preposition ل is whom the speaker told, not the subject: وقال لوكالة الأنباء الألمانية)
                    if (rule.equals("verb") && j <= cueLast + 2 && !lexicon.isRelay(tokens.get(cueFirst).text())
                            && !addressee(tokens, m)) {
                        ActorGazetteer.Mention state = m.last() + 1 < end && lexicon.isStateChannel(words(tokens, m))
                                ? gazetteer.at(tokens, m.last() + 1) : null;
                        return state != null && !state.channel() ? found(mt, tokens, state, first.start(), last.end(), rule)
                                : CHANNEL_SUBJECT;
                    }
                    j = skipAdjectives(tokens, m.last());
                    continue;
                }
                return found(mt, tokens, m, first.start(), last.end(), rule);
            }
        }
        if (rule.equals("verb")) {
            // the subject earlier in the same sentence (وكانت الوزيرة … زارت CAPITAL، وصرحت بأن …)
            int start = cueFirst;
            while (start > 0 && cueFirst - start < lexicon.windowBefore() * 4
                    && !mt.between(tokens.get(start - 1).end(), tokens.get(start).start()).contains(".")) {
                start--;
            }
            return firstActorIn(mt, tokens, start, cueFirst, true, cueFirst, cueLast, rule);
        }
        return null;
    }

    /**
     * The speaker of the cue at [{@code cueFirst}, {@code cueLast}]: the first actor mentioned
     * wholly within tokens [{@code from}, {@code to}), channels passed over (with the adjectives after
     * them when {@code skipAdjectives}); null when there is none.
     */
    private Attribution firstActorIn(MatchText mt, List<MatchText.Token> tokens, int from, int to, boolean skipAdjectives,
                                     int cueFirst, int cueLast, String rule) {
        for (int j = from; j < to; j++) {
            ActorGazetteer.Mention m = gazetteer.at(tokens, j);
            if (m != null && m.last() < to) {
                if (m.channel()) {
                    j = skipAdjectives ? skipAdjectives(tokens, m.last()) : m.last();
                    continue;
                }
                return found(mt, tokens, m, tokens.get(cueFirst).start(), tokens.get(cueLast).end(), rule);
            }
        }
        return null;
    }

    /**
     * True when the verb of saying at {@code i} is no cue: denied (لم يذكر), opening a relative
     * clause (التي أعلنتها), or an adverbial form used as an adjective or noun (إجراءات أمنية مشددة،
     * مواجهة معلقة). An adverbial form is a cue only after a comma (، مؤكدة أن) or right before the
     * reported content (قائلا: «…»، مضيفة أن).
     */
    private boolean notACue(MatchText mt, List<MatchText.Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        if (lexicon.isAdverbial(tokens.get(i).text()) && !afterComma(mt, tokens, i) && !beforeContent(mt, tokens, i)) {
            return true;
        }
        String before = tokens.get(i - 1).text();
        return lexicon.isNegation(before) || lexicon.isRelativePronoun(before);
    }

    /** True when a comma stands between word {@code i} and the word before it. */
    private static boolean afterComma(MatchText mt, List<MatchText.Token> tokens, int i) {
        return COMMA.matcher(mt.between(tokens.get(i - 1).end(), tokens.get(i).start())).find();
    }

    /** True when the reported content begins right after word {@code i} (a colon or quotation mark, إن، أن). */
    private boolean beforeContent(MatchText mt, List<MatchText.Token> tokens, int i) {
        return i + 1 < tokens.size() && (lexicon.opensContent(mt.between(tokens.get(i).end(), tokens.get(i + 1).start()))
                || isContentWord(tokens.get(i + 1).text()));
    }

    /**
     * The index of the كان that opens a pluperfect كان … قد + the verb at {@code verb}, in the same
     * sentence, or -1.
     */
    private int pluperfectAuxiliary(MatchText mt, List<MatchText.Token> tokens, int verb) {
        if (verb < 2 || !lexicon.isPerfectParticle(tokens.get(verb - 1).text())) {
            return -1;
        }
        for (int k = verb - 2; k >= 0 && verb - k <= lexicon.windowBefore() * 2; k--) {
            if (mt.between(tokens.get(k).end(), tokens.get(k + 1).start()).contains(".")) {
                return -1;
            }
            if (lexicon.isAuxiliary(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    /** True when a channel is named with the preposition ل (لوكالة، للتلفزيون): the one told, not the one telling. */
    private boolean addressee(List<MatchText.Token> tokens, ActorGazetteer.Mention m) {
        String token = tokens.get(m.first()).text();
        return token.startsWith("ل") && lexicon.channels().stream().noneMatch(c -> c.get(0).equals(token));
    }

    private static List<String> words(List<MatchText.Token> tokens, ActorGazetteer.Mention m) {
        return tokens.subList(m.first(), m.last() + 1).stream().map(MatchText.Token::text).toList();
    }

    /** A channel's own adjectives (الإعلام … الرسمي) belong to the channel, not to an actor. */
    private static int skipAdjectives(List<MatchText.Token> tokens, int last) {
        int j = last;
        while (j + 1 < tokens.size() && j - last < 2) {
            String t = tokens.get(j + 1).text();
            if (t.startsWith("ال") && (t.endsWith("ي") || t.endsWith("يه"))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Where the subject phrase after a cue ends: the first word, at most {@code maxWords} after the
     * cue's last word, at which the reported content begins (إن، أن، or a colon or quotation mark
     * before it), else the word after that window (or the paragraph's end). Right after an
     * attribution phrase no mark opens content: what follows names the source, quoted or not
     * (بحسب «رويترز»).
     */
    private int subjectEnd(MatchText mt, List<MatchText.Token> tokens, int cueLast, int maxWords, boolean afterPhrase) {
        int limit = Math.min(tokens.size(), cueLast + 1 + maxWords);
        for (int j = cueLast + 1; j < limit; j++) {
            boolean quotedName = afterPhrase && j == cueLast + 1;
            if (isContentWord(tokens.get(j).text())
                    || !quotedName && lexicon.opensContent(mt.between(tokens.get(j - 1).end(), tokens.get(j).start()))) {
                return j;
            }
        }
        return limit;
    }

    private boolean isContentWord(String token) {
        for (String f : ActorGazetteer.forms(token)) {
            if (lexicon.isContentWord(f)) {
                return true;
            }
        }
        return false;
    }

    /** A verb at the start of the paragraph or of a sentence continues the previous speaker. */
    private boolean startsClause(MatchText mt, List<MatchText.Token> tokens, int i) {
        return i == 0 || i <= 2 && !mt.between(tokens.get(0).start(), tokens.get(i).start()).contains(".")
                || mt.between(tokens.get(i - 1).end(), tokens.get(i).start()).contains(".");
    }

    private ActorGazetteer.Mention mentionEndingAt(List<MatchText.Token> tokens, int j) {
        for (int start = j; start >= Math.max(0, j - 4); start--) {
            ActorGazetteer.Mention m = gazetteer.at(tokens, start);
            if (m != null && m.last() == j) {
                return m;
            }
        }
        return null;
    }

    private Attribution found(MatchText mt, List<MatchText.Token> tokens, ActorGazetteer.Mention m, int cueStart, int cueEnd,
                              String rule) {
        int ms = tokens.get(m.first()).start();
        int me = tokens.get(m.last()).end();
        String cue = mt.originalText(cueStart, cueEnd);
        String mention = mt.originalText(ms, me);
        int cs = mt.originalOffset(cueStart);
        int mso = mt.originalOffset(ms);
        return new Attribution(m.actor(), new SourceEvidence(rule, cue, cs, cs + cue.length(), mention, mso, mso + mention.length()));
    }
}
