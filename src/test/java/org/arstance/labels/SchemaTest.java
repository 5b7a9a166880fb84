package org.arstance.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.arstance.attribution.RuleAttributor;
import org.arstance.io.Json;
import org.arstance.io.UserInputException;
import org.junit.jupiter.api.Test;

/**
 * The label schema read strictly: what it refuses, and what it accepts that a byte-for-byte
 * comparison would not (a byte-order mark, another layout of the same JSON).
 */
class SchemaTest {

    private static final Path FILE = Path.of("labels", "schema.json");

    private static String text() throws Exception {
        return Files.readString(FILE);
    }

    /** The repository's schema with {@code edit} applied, as JSON text. */
    static String variant(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(text());
        edit.accept(root);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static ObjectNode actor(ObjectNode root, String id) {
        for (JsonNode a : root.get("actors")) {
            if (a.get("id").asText().equals(id)) {
                return (ObjectNode) a;
            }
        }
        throw new AssertionError("no actor " + id);
    }

    private static String refused(String json) {
        return assertThrows(UserInputException.class, () -> Schema.parse("s.json", json)).getMessage();
    }

    /**
     * A new actor claiming an alias that the UN already has would lose every mention to the UN
     * (listed first): the schema is refused, naming the alias and both actors.
     */
    @Test
    void anAliasOfTwoActorsIsRefusedNamingTheAliasAndBothActors() throws Exception {
        String iaea = "الوكالة الدولية للطاقة الذرية";
        Schema committed = Schema.load(FILE);
        assertTrue(committed.actor("un").orElseThrow().aliases().contains(iaea));
        String json = variant(root -> ((ArrayNode) root.get("actors")).addObject()
                .put("id", "iaea").put("name", "الوكالة الذرية").putArray("aliases").add("غروسي").add(iaea));
        String message = refused(json);
        int unAt = committed.actors().indexOf(committed.actor("un").orElseThrow());
        int un = committed.actor("un").orElseThrow().aliases().indexOf(iaea);
        // the file and the line of the second claim, and the line of the first
        assertEquals("s.json:" + lineOf(json, json.lastIndexOf(iaea)) + ": 'actors[" + committed.actors().size()
                + "].aliases[1]' is alias '" + iaea + "' of actor 'iaea', already an alias of actor 'un' ('actors[" + unAt
                + "].aliases[" + un + "]' on line " + lineOf(json, json.indexOf(iaea)) + "): a name or alias may stand for one "
                + "actor only", message);
    }

    private static int lineOf(String text, int at) {
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    /**
     * Spellings that differ only where the rules do not look (hamza on alef, teh marbuta, diacritics,
     * quotation marks) are one alias: the rules match both as the UN, so another actor may not claim it.
     */
    @Test
    void spellingsTheRulesMatchAlikeAreOneAlias() throws Exception {
        Schema schema = Schema.load(FILE);
        RuleAttributor rules = new RuleAttributor(schema);
        for (String spelling : List.of("الامم المتحده", "الأُمَم المتّحدة", "«الأمم المتحدة»")) {
            assertEquals(List.of("un"), rules.mentions("وقالت " + spelling + " إن الوضع خطير"), spelling);
            String message = refused(variant(root -> ((ArrayNode) root.get("actors")).addObject()
                    .put("id", "iaea").put("name", "الوكالة الذرية").putArray("aliases").add(spelling)));
            assertTrue(message.matches("s\\.json:\\d+: .*"), message);
            assertTrue(message.contains(": 'actors[" + schema.actors().size() + "].aliases[0]' is alias '" + spelling
                    + "' of actor 'iaea', already the name of actor 'un' ('actors["), message);
            assertTrue(message.matches(".*\\.name' on line \\d+, written 'الأمم المتحدة'\\): a name or alias may stand for one actor only"), message);
        }
        // an actor may repeat its own name among its aliases, as the repository's schema does
        assertTrue(schema.actor("un").orElseThrow().aliases().contains(schema.actor("un").orElseThrow().name()));
    }

    @Test
    void aByteOrderMarkAndAnotherLayoutAreTheSameSchemaAndAnotherValueIsNot() throws Exception {
        Schema committed = Schema.load(FILE);
        Schema withBom = Schema.parse("bom.json", "\uFEFF" + text());
        assertEquals(committed.topicIds(), withBom.topicIds());
        assertTrue(committed.sameContent(withBom));
        // compact, and every object's keys in reverse order
        JsonNode tree = Json.MAPPER.readTree(text());
        String reordered = Json.line(reversedKeys(tree));
        assertFalse(reordered.equals(Json.line(tree)));
        assertTrue(committed.sameContent(Schema.parse("compact.json", reordered)));
        Schema renamed = Schema.parse("other.json", text().replace("\"nato\"", "\"otan\""));
        assertFalse(committed.sameContent(renamed));
    }

    private static JsonNode reversedKeys(JsonNode node) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            Collections.reverse(keys);
            ObjectNode out = Json.MAPPER.createObjectNode();
            keys.forEach(k -> out.set(k, reversedKeys(node.get(k))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            node.forEach(v -> out.add(reversedKeys(v)));
            return out;
        }
        return node;
    }

    @Test
    void aSchemaWhoseEveryTopicHasATargetLoadsWithAWarning() throws Exception {
        assertEquals(List.of(), Schema.load(FILE).warnings());
        Schema allTargets = Schema.parse("t.json", variant(root -> {
            ArrayNode topics = (ArrayNode) root.get("topics");
            for (int i = topics.size() - 1; i >= 0; i--) {
                if (topics.get(i).get("target").isNull()) {
                    topics.remove(i);
                }
            }
        }));
        assertEquals(List.of("t.json: warning: every topic has a target, so a paragraph with no known term gets a topic "
                + "from the classifier's bias alone (a topic with \"target\": null would take it)"), allTargets.warnings());
    }

    @Test
    void theWriterSourceAndThePolarStancesAreOptional() throws Exception {
        Schema plain = Schema.parse("p.json", variant(root -> {
            root.remove("writer_source");
            root.remove("polar_stances");
        }));
        assertTrue(plain.writerSource().isEmpty());
        assertEquals(List.of(), plain.polarStances());
        Schema committed = Schema.load(FILE);
        assertTrue(committed.writerSource().isPresent());
        assertTrue(committed.stances().containsAll(committed.polarStances()) && !committed.polarStances().isEmpty());
    }
}
