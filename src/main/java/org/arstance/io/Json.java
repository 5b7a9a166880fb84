package org.arstance.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one JSON mapper of arstance: stable key order, UTF-8 text kept as is (no \\u escapes). It
 * reads strictly: anything after the JSON value (a second record on the line, a stray brace) and
 * a key given twice in one object are errors, never silently dropped or overwritten.
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    /** Jackson's note of where the value started, which counts the lines of the text it was given, not of the file. */
    private static final Pattern WHERE = Pattern.compile("\\s*\\([^()]*\\[Source: .*?\\]\\)", Pattern.DOTALL);
    /** A close marker at the top level: nothing was open, so Jackson's "expected" is no help. */
    private static final Pattern ROOT_CLOSE = Pattern.compile(": expected '.' \\(for root starting at \\[Source: .*?\\]\\)", Pattern.DOTALL);

    private Json() {
    }

    /**
     * The JSON object in the {@code text} of a file the user gave (a schema, a config, an
     * experiment), which {@code name} names: malformed JSON (with its line) or anything but an
     * object is a {@link UserInputException} naming it. A UTF-8 byte-order mark before the JSON
     * (as Windows editors write one) is no part of it.
     *
     * @param what what the file must be, for messages: "a schema", "an experiment"
     */
    public static ObjectNode object(String name, String text, String what) {
        JsonNode root;
        try {
            root = MAPPER.readTree(withoutBom(text));
        } catch (JsonProcessingException e) {
            throw new InputFileException(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), problem(e));
        }
        if (root == null || !root.isObject()) {
            throw new UserInputException(name + ": " + what + " must be a JSON object");
        }
        return (ObjectNode) root;
    }

    /** {@code text} without the byte-order mark it may start with. */
    public static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The canonical text of a JSON value: the same value, however it was laid out (white space, key
     * order), gives the same text; keys are sorted, arrays keep their order.
     */
    public static String canonical(JsonNode value) {
        return line(sorted(value));
    }

    private static JsonNode sorted(JsonNode value) {
        if (value.isObject()) {
            ObjectNode out = MAPPER.createObjectNode();
            List<String> keys = new ArrayList<>();
            value.fieldNames().forEachRemaining(keys::add);
            Collections.sort(keys);
            keys.forEach(k -> out.set(k, sorted(value.get(k))));
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = MAPPER.createArrayNode();
            value.forEach(v -> out.add(sorted(v)));
            return out;
        }
        return value;
    }

    /**
     * The JSON value on line {@code lineNo} of the JSON-lines file {@code name} (a missing node when
     * the text is blank); malformed JSON or a duplicate key is an {@link InputFileException}
     * naming the file and line.
     */
    public static JsonNode parseLine(String name, int lineNo, String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputFileException(name, lineNo, problem(e));
        }
    }

    /**
     * What is wrong with JSON text that Jackson refused, in words for after {@code FILE:LINE:}:
     * {@code duplicate key 'K'}, or {@code malformed JSON (REASON)} with Jackson's short reason and
     * without its location.
     */
    private static String problem(JsonProcessingException e) {
        String reason = e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(reason);
        if (duplicate.matches()) {
            return "duplicate key '" + duplicate.group(1) + "'";
        }
        if (reason.startsWith("Trailing token")) {
            reason = "more after the end of the JSON value";
        }
        reason = WHERE.matcher(ROOT_CLOSE.matcher(reason).replaceAll("")).replaceAll("");
        return "malformed JSON (" + reason + ")";
    }

    /** Writes each value as one compact JSON line. */
    public static void writeLines(java.io.Writer out, Iterable<?> values) throws IOException {
        for (Object v : values) {
            out.write(line(v));
            out.write('\n');
        }
    }

    /** One compact JSON line (no newline). */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
