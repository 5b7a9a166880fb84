package org.arstance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Lines of values in JSON files, by the paths {@link JsonFields} names them with. */
class JsonLocationsTest {

    private static int lineOf(String text, String needle) {
        return lineOf(text, needle, 0);
    }

    private static int lineOf(String text, String needle, int from) {
        int at = text.indexOf(needle, from);
        assertTrue(at >= 0, needle);
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    /** Every actor's id in the committed schema is found on the line its text is on. */
    @Test
    void everyActorIdOfTheCommittedSchemaIsOnItsLine() throws Exception {
        String text = Files.readString(Path.of("labels/schema.json"));
        JsonLocations at = JsonLocations.of(text);
        JsonNode actors = Json.MAPPER.readTree(text).get("actors");
        assertTrue(actors.size() > 40);
        int list = text.indexOf("\"actors\":");
        for (int i = 0; i < actors.size(); i++) {
            String id = actors.get(i).get("id").asText();
            assertEquals(lineOf(text, "\"id\": \"" + id + "\"", list), at.line("actors[" + i + "].id"), id);
        }
        assertEquals(lineOf(text, "\"against\""), at.line("polar_stances[1]"));
        assertEquals(1, at.line(""));
    }

    @Test
    void aMissingKeyTakesTheLineOfTheNearestValueThatIsThere() {
        String text = "{\n  \"a\": [\n    1,\n    {\n      \"b\": {\"c\": true}\n    }\n  ],\n  \"d\": [[1, 2], [\n 3]]\n}\n";
        JsonLocations at = JsonLocations.of(text);
        assertEquals(2, at.line("a"));
        assertEquals(3, at.line("a[0]"));
        assertEquals(4, at.line("a[1]"));
        assertEquals(5, at.line("a[1].b"));
        assertEquals(5, at.line("a[1].b.c"));
        assertEquals(5, at.line("a[1].b.missing"));
        assertEquals(4, at.line("a[1].missing.deeper"));
        assertEquals(8, at.line("d[1]"));
        assertEquals(9, at.line("d[1][0]"));
        assertEquals(1, at.line("nothing"));
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkCountAsTheEditorShowsThem() {
        String text = "\uFEFF{\r\n  \"x\": 1,\r\n  \"y\": 2\r\n}\r\n";
        JsonLocations at = JsonLocations.of(text);
        assertEquals(2, at.line("x"));
        assertEquals(3, at.line("y"));
    }

    /** What a reader refuses names the file, the line and the path. */
    @Test
    void aReadersMessageNamesFileLineAndPath() {
        JsonFields root = JsonFields.parse("c.json", "{\n  \"model\": {\n    \"epochs\": 2.7\n  },\n  \"seed\": \"x\"\n}\n", "a config");
        UserInputException e = assertThrows(UserInputException.class, () -> root.object("model").intValue("epochs", 1));
        assertEquals("c.json:3: 'model.epochs' must be an integer, not 2.7", e.getMessage());
        e = assertThrows(UserInputException.class, () -> root.allow("model"));
        assertEquals("c.json:5: unknown key 'seed'", e.getMessage());
        assertEquals("c.json:2: 'model.cost' is required", root.object("model").error("cost", "is required").getMessage());
        assertEquals("c.json: 'x' y", JsonFields.of("c.json", Json.MAPPER.createObjectNode()).error("x", "y").getMessage());
    }
}
