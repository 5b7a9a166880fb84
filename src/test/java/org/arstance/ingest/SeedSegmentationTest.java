package org.arstance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.arstance.io.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Segmentation of the five seed articles, pinned paragraph by paragraph where it matters. */
class SeedSegmentationTest {

    private static final ArticleFileReader READER = new ArticleFileReader();

    /** Text that is site chrome in at least one seed and must never survive as (part of) a paragraph. */
    private static final List<String> CHROME = List.of("TT", "[ad_1]", "[ad_2]", "Source link", "المصدر",
            "مقالات ذات صلة", "إقرأ أيضاً", "اترك تعليقاً", "زر الذهاب إلى الأعلى", "Tags:", "كلمات دلالية",
            "تاريخ النشر", "«الشرق الأوسط» (", "أخبار العالم", "لن يتم نشر عنوان بريدك", "اضغط هنا",
            "شؤون إقليمية", "المشرق العربي");

    static List<Paragraph> seed(String doc) {
        return READER.read(Path.of("seeds", doc + ".txt"));
    }

    @ParameterizedTest(name = "{0} keeps {1} paragraphs")
    @CsvSource({
        "000_b14c644140988ae2, 62",
        "001_e6f440da34669fa5, 28",
        "002_e285bc6e3422a1ef, 30",
        "003_5fe410f31ff4716c, 48",
        "004_d88aad4c16a3b18a, 18"})
    void keptParagraphCountPerSeed(String doc, int expected) {
        List<Paragraph> ps = seed(doc);
        assertEquals(expected, ps.size());
        for (int i = 0; i < ps.size(); i++) {
            assertEquals(i + 1, ps.get(i).n(), "paragraphs are numbered 1.. in file order");
            assertEquals(doc, ps.get(i).doc());
        }
    }

    @ParameterizedTest(name = "no chrome survives in {0}")
    @ValueSource(strings = {"000_b14c644140988ae2", "001_e6f440da34669fa5", "002_e285bc6e3422a1ef",
        "003_5fe410f31ff4716c", "004_d88aad4c16a3b18a"})
    void noChromeSurvives(String doc) {
        for (Paragraph p : seed(doc)) {
            for (String chrome : CHROME) {
                if (chrome.equals("TT")) {
                    assertFalse(p.text().equals("TT"), p.toString());
                } else if (chrome.equals("المصدر")) {
                    assertFalse(p.text().startsWith(chrome), p.toString());
                } else {
                    assertFalse(p.text().contains(chrome), () -> "chrome '" + chrome + "' in " + p);
                }
            }
            assertFalse(p.text().isBlank());
            assertEquals(p.text().strip(), p.text(), "paragraphs are trimmed");
        }
    }

    @Test
    void exactRepeatsInsideAFileAreKeptOnce() {
        for (String doc : List.of("000_b14c644140988ae2", "003_5fe410f31ff4716c")) {
            List<Paragraph> ps = seed(doc);
            long distinct = ps.stream().map(Paragraph::text).distinct().count();
            assertEquals(ps.size(), distinct, doc + " has a repeated paragraph");
        }
        // the headline is printed three times in 000 (before TT, after TT): kept once, as a headline
        List<Paragraph> ps = seed("000_b14c644140988ae2");
        assertEquals(1, ps.stream().filter(p -> p.text().equals("أذربيجان: نريد دمج أرمن كاراباخ سلمياً")).count());
    }

    @ParameterizedTest(name = "{0}#{1} is article {2}, {3}")
    @CsvSource({
        // 000: a Karabakh article, five related-article teasers, then a Korea article
        "000_b14c644140988ae2, 1, 1, headline, أذربيجان: نريد دمج أرمن كاراباخ سلمياً",
        "000_b14c644140988ae2, 2, 1, headline, باكو تعلن تأييدها لتطبيع العلاقات مع يريفان وتتعهد بضمان ممر آمن للانفصاليين",
        "000_b14c644140988ae2, 3, 1, caption, سيارة مدمرة في أحد شوارع ستيباناكيرت",
        "000_b14c644140988ae2, 4, 1, body, قالت أذربيجان، اليوم (الأربعاء)",
        "000_b14c644140988ae2, 15, 1, heading, «حاجة فورية للمساعدة»",
        "000_b14c644140988ae2, 26, 1, teaser, تايلاند تعلن مقتل 4 من مواطنيها",
        "000_b14c644140988ae2, 27, 1, teaser, أعمدة الدخان تتصاعد",
        "000_b14c644140988ae2, 40, 1, teaser, يجد سكان قرى مسيحية حدودية",
        "000_b14c644140988ae2, 41, 2, headline, كوريا الشمالية تصادق على معاهدة دفاعية مع روسيا",
        "000_b14c644140988ae2, 42, 2, caption, بوتين وكيم خلال لقائهما",
        "000_b14c644140988ae2, 53, 2, heading, مزيد من الجنود",
        // 001: one article whose headline follows a section word; headings inside
        "001_e6f440da34669fa5, 1, 1, headline, علييف يعتذر لبوتين..",
        "001_e6f440da34669fa5, 4, 1, heading, اجتماع جديد “مرتقب”",
        "001_e6f440da34669fa5, 18, 1, heading, علييف يعتذر لبوتين عن مقتل جنود روس",
        "001_e6f440da34669fa5, 28, 1, body, وأضاف البيان",
        // 002: no headline at all; a caption and a heading inside the body
        "002_e285bc6e3422a1ef, 1, 1, body, أرسلت أذربيجان قوات",
        "002_e285bc6e3422a1ef, 17, 1, caption, الأرمن يحتجون أمام المبنى الحكومي",
        "002_e285bc6e3422a1ef, 25, 1, heading, الزعماء الغربيون يدعون إلى المفاوضات",
        // 003: a Karabakh article, then a Korea article after blank lines
        "003_5fe410f31ff4716c, 2, 1, headline, موسكو تُجدد الشكوك",
        "003_5fe410f31ff4716c, 30, 1, body, وأشار، في المقابل",
        "003_5fe410f31ff4716c, 31, 2, headline, كيم: التواصل الدبلوماسي السابق",
        "003_5fe410f31ff4716c, 43, 2, heading, زعيمان «في الحب»",
        // 004: inline related links, then a second full article after 'إقرأ أيضاً:'
        "004_d88aad4c16a3b18a, 3, 1, teaser, ارتفاع عدد قتلى انفجار مستودع وقود",
        "004_d88aad4c16a3b18a, 11, 1, body, وأُجريت جولتان من المحادثات",
        "004_d88aad4c16a3b18a, 12, 2, headline, علييف: لا حاجة لقاعدة تركية في أذربيجان",
        "004_d88aad4c16a3b18a, 18, 2, body, وأعرب الزعيم الأذربيجاني"})
    void kindsAndArticleBoundaries(String doc, int n, int article, String kind, String start) {
        Paragraph p = seed(doc).get(n - 1);
        assertEquals(article, p.article(), p::toString);
        assertEquals(kind, p.kind().id(), p::toString);
        assertTrue(p.text().startsWith(start), () -> "expected to start with '" + start + "': " + p);
    }

    @ParameterizedTest(name = "{0} holds {1} articles")
    @CsvSource({
        "000_b14c644140988ae2, 2",
        "001_e6f440da34669fa5, 1",
        "002_e285bc6e3422a1ef, 1",
        "003_5fe410f31ff4716c, 2",
        "004_d88aad4c16a3b18a, 2"})
    void articlesPerFile(String doc, int articles) {
        List<Integer> seen = seed(doc).stream().map(Paragraph::article).distinct().toList();
        assertEquals(IntStream.rangeClosed(1, articles).boxed().toList(), seen, "articles are numbered 1.. in order");
    }

    @Test
    void wholeSeedFolderIsInTheAcceptanceRange() {
        int total = READER.readAll(InputFiles.expandNamed(List.of(Path.of("seeds")), Set.of("txt"))).paragraphs().size();
        assertEquals(186, total);
    }
}
