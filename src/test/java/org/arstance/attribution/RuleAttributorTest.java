package org.arstance.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arstance.corpus.AntCorpus;
import org.arstance.corpus.DataDirectory;
import org.arstance.io.Json;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.labels.Schema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attribution rules on real seed paragraphs (and two ANT paragraphs for phrases the seeds lack). */
class RuleAttributorTest {

    private static final LabelSet SEEDS = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
    private static final Map<String, LabelRecord> BY_ID = SEEDS.records().stream()
            .collect(Collectors.toMap(LabelRecord::id, Function.identity()));
    private static final RuleAttributor RULES = new RuleAttributor(SEEDS.schema());

    private static Attribution attribute(String id, String previous) {
        LabelRecord r = BY_ID.get(id);
        return RULES.attribute(r.text(), r.kind(), previous);
    }

    /** The evidence points at the cue and the mention in the paragraph's own text. */
    private static void offsetsHold(String text, SourceEvidence e) {
        if (e.cueStart() >= 0) {
            assertEquals(e.cue(), text.substring(e.cueStart(), e.cueEnd()));
        }
        if (e.mentionStart() >= 0) {
            assertEquals(e.mention(), text.substring(e.mentionStart(), e.mentionEnd()));
        }
    }

    @ParameterizedTest(name = "{0}: {1} → {3}")
    @CsvSource({
        // paragraph, verb family (as cued), rule, expected source
        "000_b14c644140988ae2#4,  قالت,    verb, azerbaijan",
        "001_e6f440da34669fa5#21, أكد,     verb, russia",
        "000_b14c644140988ae2#28, أعلنت,   verb, thailand",
        "000_b14c644140988ae2#45, واتهمت,  verb, south_korea",
        "000_b14c644140988ae2#9,  دعت,     verb, france",
        "002_e285bc6e3422a1ef#6,  وأدانت,  verb, armenia",
        "002_e285bc6e3422a1ef#16, وحذر,    verb, armenia",
        "000_b14c644140988ae2#10, واعتبر,  verb, azerbaijan",
        "001_e6f440da34669fa5#2,  وصفت,    verb, azerbaijan",
        "000_b14c644140988ae2#52, وأشاد,   verb, russia",
        "000_b14c644140988ae2#16, وحضّ,    verb, eu",
        "000_b14c644140988ae2#17, وكتب,    verb, eu",
        "003_5fe410f31ff4716c#5,  رأت,     verb, azerbaijan",
        "003_5fe410f31ff4716c#22, وأشار,   verb, russia",
        "003_5fe410f31ff4716c#12, وأوضحت,  verb, azerbaijan",
        "003_5fe410f31ff4716c#28, وأضاف,   verb, armenia",
        "000_b14c644140988ae2#46, وأوردت,  verb, north_korea",
        "000_b14c644140988ae2#43, صادقت,   verb, north_korea",
        "002_e285bc6e3422a1ef#1,  محذرة,   verb, azerbaijan",
        // a verb of position beyond the list: «ويخشى الغرب أن …»
        "000_b14c644140988ae2#61, ويخشى,   verb, west",
    })
    void oneVerbFamilyEach(String id, String cue, String rule, String source) {
        Attribution a = attribute(id, null);
        assertEquals(source, a.source(), () -> id + ": " + a);
        assertEquals(rule, a.evidence().rule());
        assertEquals(cue, a.evidence().cue());
        offsetsHold(BY_ID.get(id).text(), a.evidence());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // attribution phrases in the seeds; the first cue with a named speaker wins
        "001_e6f440da34669fa5#25, في بيان,  russia",
        "003_5fe410f31ff4716c#23, ووفقاً,   russia",
        "002_e285bc6e3422a1ef#11, ونقلت,    azerbaijan",
        "001_e6f440da34669fa5#22, وقال,     russia",
    })
    void attributionPhrases(String id, String cue, String source) {
        Attribution a = attribute(id, null);
        assertEquals(source, a.source(), () -> id + ": " + a);
        assertEquals(cue, a.evidence().cue());
        offsetsHold(BY_ID.get(id).text(), a.evidence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"000_b14c644140988ae2#1, azerbaijan", "004_d88aad4c16a3b18a#1, russia", "003_5fe410f31ff4716c#31, north_korea"})
    void theHeadlineForm(String id, String source) {
        Attribution a = attribute(id, null);
        assertEquals(source, a.source());
        assertEquals("headline", a.evidence().rule());
        assertEquals(":", a.evidence().cue());
    }

    @Test
    void aChannelOnlyAgencyIsNoSource() {
        // «حسبما ذكر الإعلام الأذربيجاني الرسمي»: state media as the channel of a fact, nobody's position
        assertEquals("none", attribute("001_e6f440da34669fa5#3", null).source());
        // «وفق ما أفادت وكالة الصحافة الفرنسية» comes after the real speaker's verb
        assertEquals("azerbaijan", attribute("000_b14c644140988ae2#4", null).source());
        // French diplomatic sources speak *to* the agency: the agency is passed over
        Attribution a = attribute("000_b14c644140988ae2#11", null);
        assertEquals("france", a.source());
        assertEquals("مصادر دبلوماسية فرنسية", a.evidence().mention());
    }

    @Test
    void withTwoSourcesTheFirstStatementWins() {
        // the separatists accuse Baku, then Baku rejects it: the paragraph is the accusation
        assertEquals("karabakh_armenians", attribute("000_b14c644140988ae2#24", null).source());
        // the EU, France and Germany condemn together: the first named
        assertEquals("eu", attribute("002_e285bc6e3422a1ef#27", null).source());
    }

    @Test
    void narrationAndCaptionsHaveNoSource() {
        for (String id : List.of("000_b14c644140988ae2#8", "000_b14c644140988ae2#13", "000_b14c644140988ae2#3",
                "001_e6f440da34669fa5#16")) {
            Attribution a = attribute(id, null);
            assertEquals("none", a.source(), id);
            assertNull(a.evidence());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // «لم يذكر كيم ترمب بالاسم»: a denied verb of saying is no statement
        "003_5fe410f31ff4716c#36, denied",
        // «السلطات الأرمينية الانفصالية التي تقول إن المنطقة … هي موطن أجدادهم»: background in a relative clause
        "002_e285bc6e3422a1ef#2,  relative clause",
    })
    void aDeniedOrRelativeVerbOfSayingIsNoCue(String id, String why) {
        Attribution a = attribute(id, null);
        assertEquals("none", a.source(), () -> why + ": " + a);
        assertEquals("none", BY_ID.get(id).source(), "the gold label agrees");
    }

    @Test
    void aVerbWithNoNamedSpeakerContinuesThePreviousParagraph() {
        // «وأضاف: …» after the analyst's «وقال المحلل …»
        assertEquals("analyst", attribute("000_b14c644140988ae2#54", null).source());
        Attribution a = attribute("000_b14c644140988ae2#55", "analyst");
        assertEquals("analyst", a.source());
        assertEquals("continuation", a.evidence().rule());
        assertEquals("none", attribute("000_b14c644140988ae2#55", null).source(), "no previous speaker, no source");
    }

    @Test
    void phrasesTheSeedsLackOnAntParagraphs() {
        Path data = DataDirectory.resolve(null);
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve(AntCorpus.FILE)));
        Map<String, LabelRecord> ant = LabelSet.load(List.of(Path.of("labels", "ant")), null, data).orThrow().records().stream()
                .collect(Collectors.toMap(LabelRecord::id, Function.identity()));
        // «بحسب النائب العام البحريني»
        LabelRecord bahsab = ant.get("ant/BB-middleEast-502-20180515/0");
        Attribution a = RULES.attribute(bahsab.text(), bahsab.kind(), null);
        assertEquals("bahrain", a.source());
        assertEquals("phrase", a.evidence().rule());
        offsetsHold(bahsab.text(), a.evidence());
        // «ونقلت وكالة الأنباء الإيرانية الرسمية على لسان خامنئي»: the agency is the channel, Khamenei the speaker
        LabelRecord lisan = ant.get("ant/CN-middleEast-620-20180414/1");
        Attribution b = RULES.attribute(lisan.text(), lisan.kind(), null);
        assertEquals("iran", b.source());
        assertTrue(b.evidence().mention().contains("خامنئي"), b.toString());
    }

    /** «وبحسب "سانا"، فإن …»: after a phrase, a quotation mark opens the quoted name of the source, not its words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"ant/SK-middleEast-1843-20180521/2, وبحسب", "ant/SK-middleEast-2618-20180626/2, وحسب"})
    void aQuotedNameAfterAPhraseIsTheSource(String key, String cue) {
        Path data = DataDirectory.resolve(null);
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve(AntCorpus.FILE)));
        String text = new AntCorpus(data).lookup(java.util.Set.of(key)).get(key).text();
        Attribution a = RULES.attribute(text, "body", null);
        assertEquals("syria", a.source(), a.toString());
        assertEquals("phrase", a.evidence().rule());
        assertEquals(cue, a.evidence().cue());
        assertEquals("سانا", a.evidence().mention());
        offsetsHold(text, a.evidence());
    }

    @Test
    void anImpersonalVerbOfSayingIsNoCue() {
        // «يشار إلى أن جمهورية ناغورني كاراباخ … كانت أعلنت»: «يشار» is impersonal, the separatists' «أعلنت» is the cue
        Attribution a = attribute("004_d88aad4c16a3b18a#5", null);
        assertEquals("karabakh_armenians", a.source(), a.toString());
        assertEquals("أعلنت", a.evidence().cue());
        offsetsHold(BY_ID.get("004_d88aad4c16a3b18a#5").text(), a.evidence());
    }

    @Test
    void aFirstPersonInsideAQuotationIsTheSpeakerNotTheWriter() {
        // «وأوضح: «لدينا شراكة مع حلف الناتو …»»: the quoted «لدينا» continues the speaker, it is no column's voice
        assertEquals("none", attribute("003_5fe410f31ff4716c#29", null).source());
        Attribution a = attribute("003_5fe410f31ff4716c#29", "armenia");
        assertEquals("armenia", a.source());
        assertEquals("continuation", a.evidence().rule());
    }

    @Test
    void anArticleIsResolvedInOrderSoAContinuationReachesBackToItsSpeaker() {
        LabelRecord target = BY_ID.get("000_b14c644140988ae2#55");
        List<LabelRecord> article = SEEDS.records().stream()
                .filter(r -> r.articleKey().equals(target.articleKey()) && r.n() <= target.n()).toList();
        List<Attribution> all = RULES.attributeArticle(article.stream().map(LabelRecord::text).toList(),
                article.stream().map(LabelRecord::kind).toList());
        assertEquals(article.size(), all.size());
        Attribution last = all.get(all.size() - 1);
        assertEquals("analyst", last.source());
        assertEquals("continuation", last.evidence().rule());
        // each paragraph gets what the rules give it with its predecessor's source
        for (int i = 0; i < article.size(); i++) {
            LabelRecord r = article.get(i);
            assertEquals(RULES.attribute(r.text(), r.kind(), i == 0 ? null : all.get(i - 1).source()).source(), all.get(i).source(), r.id());
        }
    }

    @Test
    void corpusParagraphsCarryTheirArticleAndTheColumnVoice() {
        Path data = DataDirectory.resolve(null);
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve(AntCorpus.FILE)));
        Map<String, LabelRecord> ant = LabelSet.load(List.of(Path.of("labels", "ant")), null, data).orThrow().records().stream()
                .collect(Collectors.toMap(LabelRecord::id, Function.identity()));
        // the article's earlier paragraphs come with the record, so an unlabelled speaker can be continued
        assertEquals(0, ant.get("ant/BB-middleEast-502-20180515/0").preceding().size());
        LabelRecord column = ant.get("ant/AL-internationalNews-72-20140107/13");
        assertEquals(13, column.preceding().size());
        // a 2014 opinion column arguing in the first person, outside any quotation: press
        Attribution a = RULES.attribute(column.text(), column.kind(), null);
        assertEquals("press", a.source(), a.toString());
        assertEquals("voice", a.evidence().rule());
        offsetsHold(column.text(), a.evidence());
        // «فحسب» ("only") is no «حسب» attribution phrase
        LabelRecord only = ant.get("ant/BB-middleEast-36-20180211/20");
        assertEquals("none", RULES.attribute(only.text(), only.kind(), null).source());
        // «ونفى بن سلمان»: the crown prince's short name is in the gazetteer
        LabelRecord mbs = ant.get("ant/BB-middleEast-1056-20181005/4");
        assertEquals("saudi_arabia", RULES.attribute(mbs.text(), mbs.kind(), null).source());
    }

    /**
     * A verb whose subject is a channel (وقالت مصادر مصرفية، وذكرت وسائل إعلام) reports nobody's position
     * and continues no earlier speaker; a state's own outlet (وأكد التلفزيون السوري) is its state speaking.
     */
    @Test
    void aChannelAsTheSubjectSpeaksForNobodyUnlessItIsAStatesOwn() {
        Map<String, LabelRecord> ant = antRecords();
        LabelRecord sources = ant.get("ant/SK-middleEast-3526-20180907/1");
        List<String> article = sources.articleText();
        Attribution before = RULES.attributeArticle(article, java.util.Collections.nCopies(article.size(), "body")).get(sources.n() - 2);
        assertEquals("yemen", before.source(), "the paragraph before names a speaker");
        Attribution a = RULES.attributeArticle(article, java.util.Collections.nCopies(article.size(), "body")).get(sources.n() - 1);
        assertEquals("none", a.source(), a.toString());
        LabelRecord tv = ant.get("ant/FR-internationalNews-2368-20180718/2");
        Attribution b = RULES.attribute(tv.text(), "body", null);
        assertEquals("syria", b.source(), b.toString());
        assertEquals("وأكد", b.evidence().cue());
        offsetsHold(tv.text(), b.evidence());
    }

    /** A channel named with the preposition ل is whom the speaker told (وقال للتلفزيون الفرنسي، وقال لرويترز): the speaker continues. */
    @ParameterizedTest
    @CsvSource({"ant/BB-internationalNews-837-20180719/14, وقال", "ant/BB-middleEast-501-20180514/11, وقال"})
    void aChannelToldIsNoSubject(String key, String cue) {
        Path data = DataDirectory.resolve(null);
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve(AntCorpus.FILE)));
        String text = new AntCorpus(data).lookup(java.util.Set.of(key)).get(key).text();
        Attribution a = RULES.attribute(text, "body", "france");
        assertEquals("france", a.source(), a.toString());
        assertEquals("continuation", a.evidence().rule());
        assertEquals(cue, a.evidence().cue());
    }

    @Test
    void anOutletsDisclaimerMakesEveryBodyParagraphOfItsArticleTheWriters() {
        Map<String, LabelRecord> ant = antRecords();
        // Al Arabiya republishes columns with «جميع المقالات المنشورة تمثل رأي كتابها فقط» as their last paragraph
        LabelRecord first = ant.get("ant/AL-internationalNews-54-20140211/0");
        List<String> article = first.articleText();
        List<Attribution> all = RULES.attributeArticle(article, java.util.Collections.nCopies(article.size(), "body"));
        int disclaimer = article.size() - 1;
        assertNull(RULES.attribute(first.text(), "body", null).evidence(), "alone, the first paragraph names nobody");
        assertEquals("press", all.get(0).source());
        assertEquals("opinion", all.get(0).evidence().rule());
        assertTrue(article.get(disclaimer).contains(all.get(0).evidence().cue()), all.get(0).evidence().cue());
        // a paragraph quoting someone inside the column is still the writer's argument
        assertEquals("press", all.get(1).source());
        // the disclaimer itself is boilerplate
        assertEquals("none", all.get(disclaimer).source());
        assertEquals(all.get(0).evidence().cue(), RULES.opinionMarker(article.get(disclaimer)));
        // CNN Arabic opens its opinion pieces with «والآراء الواردة أدناه تعبر عن رأي الكاتب»
        LabelRecord cnn = ant.get("ant/CN-middleEast-174-20180304/1");
        List<Attribution> cnnAll = RULES.attributeArticle(cnn.articleText(), java.util.Collections.nCopies(cnn.articleText().size(), "body"));
        assertEquals("none", cnnAll.get(0).source());
        assertEquals("press", cnnAll.get(cnn.n() - 1).source());
        // or with «هذا المقال بقلم …، المقال يعبر عن رأي الكاتب»
        LabelRecord byline = ant.get("ant/CN-middleEast-182-20180305/1");
        assertEquals("هذا المقال بقلم", RULES.opinionMarker(byline.articleText().get(0)));
        assertEquals("press", RULES.attributeArticle(byline.articleText(),
                java.util.Collections.nCopies(byline.articleText().size(), "body")).get(byline.n() - 1).source());
        // a news article has no disclaimer: its paragraphs keep their own speakers
        LabelRecord news = ant.get("ant/BB-middleEast-1056-20181005/4");
        assertTrue(news.articleText().stream().allMatch(t -> RULES.opinionMarker(t) == null));
    }

    @Test
    void aSpeakerNamedEarlierInTheArticleIsKnownByNameLater() {
        // «اعتذر وزير الداخلية اللبناني، نهاد مشنوق، …», then «وقال مشنوق عبر تغريدته: …»
        LabelRecord r = antRecords().get("ant/CN-middleEast-156-20180303/1");
        List<String> article = r.articleText();
        List<Attribution> all = RULES.attributeArticle(article, java.util.Collections.nCopies(article.size(), "body"));
        Attribution a = all.get(r.n() - 1);
        assertEquals("lebanon", a.source(), a.toString());
        assertEquals(r.source(), a.source(), "the gold label agrees");
        assertEquals("name", a.evidence().rule());
        offsetsHold(r.text(), a.evidence());
        // alone, the paragraph does not say who that is
        assertTrue(RULES.attribute(r.text(), r.kind(), null).evidence() == null
                || !"lebanon".equals(RULES.attribute(r.text(), r.kind(), null).source()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // a dateline's place is where the report was filed, not who speaks
        "ant/CN-internationalNews-404-20180526/0, south_korea",
        // verbs of saying: تحدث، أبدى
        "ant/CN-internationalNews-664-20181009/7, usa",
        "ant/CN-middleEast-1275-20180902/8,       usa",
        // the pluperfect كان SUBJECT قد VERB OBJECT: the subject stands before the verb, the object after it
        // «وكان حسن نصرالله قد انتقد المملكة العربية السعودية»
        "ant/CN-middleEast-1213-20180815/2,       hezbollah",
        // «وكانت منظمات حقوق الإنسان قد حثت الدول الأعضاء في الأمم المتحدة»
        "ant/BB-internationalNews-1189-20181013/1, rights_groups",
        // a reporter speaking in their own name is the press: «وقال مراسل بي بي سي للشؤون التركية»
        "ant/BB-internationalNews-970-20180814/11, press",
        // كرر: «من جهتها، كررت مديرة صندوق النقد الدولي كريستين لاغارد … التحذير»
        "ant/FR-internationalNews-2438-20180722/3, imf",
        // an adverbial form used as an adjective is no cue: «وسط إجراءات أمنية مشددة»
        "ant/FR-middleEast-17-20180215/7,         none",
    })
    void corpusParagraphs(String key, String expected) {
        LabelRecord r = antRecords().get(key);
        Attribution a = RULES.attribute(r.text(), r.kind(), null);
        assertEquals(expected, a.source(), a.toString());
        assertEquals(expected, r.source(), "the gold label agrees");
        if (a.evidence() != null) {
            offsetsHold(r.text(), a.evidence());
        }
    }

    /**
     * The writer's actor comes from the schema: another {@code writer_source} takes the column's
     * voice and the opinion piece; a schema without one turns both rules off, and the paragraphs
     * are read as news.
     */
    @Test
    void theWriterIsTheSchemasWriterSourceAndWithoutOneTheWritersRulesAreOff() throws Exception {
        Map<String, LabelRecord> ant = antRecords();
        LabelRecord column = ant.get("ant/AL-internationalNews-72-20140107/13");
        LabelRecord opinion = ant.get("ant/AL-internationalNews-54-20140211/0");
        List<String> article = opinion.articleText();
        List<String> kinds = java.util.Collections.nCopies(article.size(), "body");

        RuleAttributor analyst = new RuleAttributor(schemaWith(root -> root.put("writer_source", "analyst")));
        assertEquals("analyst", analyst.attribute(column.text(), column.kind(), null).source());
        assertEquals("voice", analyst.attribute(column.text(), column.kind(), null).evidence().rule());
        assertEquals("analyst", analyst.attributeArticle(article, kinds).get(0).source());

        RuleAttributor none = new RuleAttributor(schemaWith(root -> root.remove("writer_source")));
        Attribution voiceOff = none.attribute(column.text(), column.kind(), null);
        assertTrue(voiceOff.evidence() == null || !voiceOff.evidence().rule().equals("voice"), voiceOff.toString());
        List<Attribution> asNews = none.attributeArticle(article, kinds);
        assertEquals("none", asNews.get(0).source(), "the column's first paragraph names nobody");
        assertTrue(asNews.stream().noneMatch(a -> a.evidence() != null && a.evidence().rule().equals("opinion")), asNews.toString());
        // the disclaimer is still found: it is the lexicon's, not the schema's
        assertEquals(RULES.opinionMarker(article.get(article.size() - 1)), none.opinionMarker(article.get(article.size() - 1)));
    }

    private static Schema schemaWith(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("labels", "schema.json")));
        edit.accept(root);
        return Schema.parse("schema variant", Json.line(root));
    }

    private static Map<String, LabelRecord> antRecords() {
        Path data = DataDirectory.resolve(null);
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve(AntCorpus.FILE)));
        return LabelSet.load(List.of(Path.of("labels", "ant")), null, data).orThrow().records().stream()
                .collect(Collectors.toMap(LabelRecord::id, Function.identity()));
    }
}
