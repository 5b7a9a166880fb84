package org.arstance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A title that asks or exclaims is still the headline; a question in the body is still body. */
class SegmentHeadlineTest {

    /** Ends in a question or exclamation mark, before any closing quotes. */
    private static final Pattern ASKS = Pattern.compile("[؟?!][\\s»”\"')]*$");
    private static final String BODY = "قالت أذربيجان، اليوم (الأربعاء)، إنها تريد «إعادة دمج سلمية» لجيب ناغورنو كاراباخ داخل أراضيها.";

    private final Segmenter segmenter = new Segmenter();

    private List<ParagraphKind> kinds(String text) {
        return segmenter.segment("t", text).stream().map(Paragraph::kind).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "لماذا أعلنت أذربيجان وقف عمليتها العسكرية في كاراباخ؟",
        "باكو تتحدى موسكو.. من يضمن أمن الأرمن في كاراباخ؟",
        "هل تنجح الوساطة الروسية بين باكو ويريفان?",
        "كيم يتحدى واشنطن: لن نتخلى عن السلاح النووي!",
        "لماذا قال علييف «لا حاجة لقاعدة تركية»؟"})
    void aTitleThatAsksOrExclaimsIsTheHeadline(String title) {
        assertEquals(List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY), kinds(title + "\n\n" + BODY + "\n"));
    }

    @Test
    void aQuestionAfterTheHeadlineIsBody() {
        String lede = "هل تنجح الوساطة الروسية هذه المرة في جمع باكو ويريفان إلى طاولة واحدة؟";
        assertEquals(List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY, ParagraphKind.BODY),
                kinds("أذربيجان: نريد دمج أرمن كاراباخ سلمياً\n\n" + lede + "\n\n" + BODY + "\n"));
    }

    @Test
    void aLongQuestionOpeningAFileWithoutTitleIsBody() {
        String question = "وفي ظل هذه التطورات المتسارعة على الأرض وتبادل الاتهامات بين الجانبين، هل تستطيع"
                + " موسكو التي تنشر قوات حفظ السلام في الإقليم منذ أواخر عام 2020 أن تضمن ممراً آمناً للمدنيين الأرمن؟";
        assertTrue(CleaningRules.wordCount(question) > CleaningRules.defaults().maxQuestionHeadlineWords());
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BODY), kinds(question + "\n\n" + BODY + "\n"));
    }

    /**
     * ANT articles rebuilt as files (title, blank line, paragraphs): every title that ends in a
     * question or exclamation mark is the file's headline (1,909 titles, 214 of the analyst's 3,000
     * came out as body), and a first paragraph ending so stays body.
     */
    @Test
    void antTitlesThatAskOrExclaimAreHeadlines() {
        CleaningRules rules = CleaningRules.defaults();
        List<AntArticles> asking = AntArticles.where(a -> ASKS.matcher(a.title()).find());
        assertTrue(asking.size() > 1800, "ANT titles asking or exclaiming: " + asking.size());
        for (AntArticles a : asking) {
            List<Paragraph> ps = a.segment(segmenter);
            assertEquals(ParagraphKind.HEADLINE, ps.get(0).kind(), ps.get(0)::toString);
            assertEquals(rules.trim(a.title()), ps.get(0).text());
            if (!a.paragraphs().isEmpty() && ASKS.matcher(a.paragraphs().get(0)).find()) {
                Paragraph lede = a.kept(ps, 0);
                assertEquals(ParagraphKind.BODY, lede.kind(), lede::toString);
            }
        }
    }
}
