package org.arstance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML left in a scraped file: tags and script content removed, entities decoded, markup-only lines dropped. */
class CleaningMarkupTest {

    private final Segmenter segmenter = new Segmenter();

    private List<String> texts(String text) {
        return segmenter.segment("t", text).stream().map(Paragraph::text).toList();
    }

    /** The kind of file the analyst saw: six lines of markup gave six headlines with tags and entities kept. */
    @Test
    void aScrapedHtmlFileGivesItsTextOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("aoun.txt");
        Files.writeString(file, String.join("\n",
                "<html><body>",
                "<h1>عون: لبنان متمسك بسيادته</h1>",
                "<p>قال الرئيس اللبناني ميشال عون&nbsp;إن سيادة لبنان على أراضيه &quot;كاملة&quot; ولا تقبل المساومة.</p>",
                "<div class=\"ad\"><script>var x=1;</script></div>",
                "<p>وأضاف أن الجيش &amp; القوى الأمنية &#1605;&#x633;تعدة للدفاع عن الحدود &lt;الجنوبية&gt;.</p>",
                "</body></html>", ""), StandardCharsets.UTF_8);
        List<Paragraph> ps = new ArticleFileReader().read(file);
        assertEquals(List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY, ParagraphKind.BODY), ps.stream().map(Paragraph::kind).toList(), ps::toString);
        assertEquals(List.of("عون: لبنان متمسك بسيادته",
                "قال الرئيس اللبناني ميشال عون\u00a0إن سيادة لبنان على أراضيه \"كاملة\" ولا تقبل المساومة.",
                "وأضاف أن الجيش & القوى الأمنية مستعدة للدفاع عن الحدود <الجنوبية>."),
                ps.stream().map(Paragraph::text).toList());
    }

    @Test
    void blockTagsSeparateParagraphsAndInlineTagsVanish() {
        String first = "أكدت روسيا، اليوم الجمعة، أنها ستقرر مع أذربيجان مستقبل مهمة حفظ السلام.";
        String second = "وقال المتحدث باسم الرئاسة الروسية، ديمتري بيسكوف، إن موسكو على اتصال دائم بباكو.";
        assertEquals(List.of(first, second), texts("<div><p>" + first + "</p><p>" + second + "</p></div>\n"));
        assertEquals(List.of("وقال الرئيس عون إن لبنان متمسك بسيادته."),
                texts("وقال <a href=\"https://example.com/a?b=1&amp;c=2\">الرئيس</a> <b>عون</b> إن لبنان متمسك بسيادته.<br/>\n"));
    }

    @Test
    void scriptAndStyleContentIsDroppedAcrossLines() {
        String body = "غير أن الإعلان فاقم الغضب في يريفان.";
        assertEquals(List.of(body), texts("<SCRIPT type=\"text/javascript\">\nvar s = \"<p>x</p>\";\nif (a < b) { go(); }\n</script>\n"
                + "<style>\np > span { color: red; }\n</style>\n" + body + "\n<img src=\"a.jpg\" alt=\"صورة\">\n"));
    }

    /** Only text that really looks like a tag is touched: '<' as a character, «» quotes and unknown entities stay. */
    @Test
    void textThatOnlyLooksLikeMarkupIsUntouched() {
        List<String> lines = List.of(
                "ارتفع التضخم إلى ما دون 5% (أي < 5%) في «بيروت» خلال الشهر الماضي.",
                "وتراوحت النسبة بين 3<5 و7>6 بحسب الوزارة.",
                "وكتب على اللافتة <لا للحرب> بخط عريض.",
                "وأعلنت شركة AT&T و&foo; عن شراكة جديدة.",
                "وبقيت العبارة &amp;quot; كما هي.");
        List<String> expected = List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(3), "وبقيت العبارة &quot; كما هي.");
        assertEquals(expected, texts(String.join("\n", lines) + "\n"));
    }

    /**
     * From a review of the change: a word in angle brackets that names no HTML element stays
     * ({@code <Reuters>}, {@code a<b and c>d}); a reference to a line break does not split a
     * paragraph; a '<' and a letter before a long run of Latin words is no tag and costs no stack.
     */
    @Test
    void wordsInAngleBracketsThatAreNoElementStayAndNothingOverflows() {
        List<String> lines = List.of(
                "ونقلت وكالة <Reuters> عن مصادر أن المحادثات ستستأنف.",
                "وكتب المحلل a<b and c>d في تقريره عن الأزمة.");
        assertEquals(lines, texts(String.join("\n", lines) + "\n"));
        assertEquals(List.of("وقال الوزير إن الحل قريب وإن المفاوضات مستمرة."),
                texts("وقال الوزير إن الحل قريب&#10;وإن المفاوضات مستمرة.\n"));
        String latin = "<a " + "word ".repeat(3000) + "تم.";
        assertEquals(1, texts(latin + "\n").size());
    }
}
