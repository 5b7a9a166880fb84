package org.arstance.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * One JSON object of a file the user wrote (a config, an experiment, a benchmark or its schema, the label schema),
 * read strictly: a key it does not allow and a value of the wrong type are each a
 * {@link UserInputException} naming the file, the line (when the object was read from its text:
 * {@link #parse}, {@link #read}) and the key's path ({@code FILE:12: unknown key
 * 'evaluations[0].protocl'}, {@code FILE:3: 'seed' must be an integer, not "abc"}). A key that is
 * absent or {@code null} takes the default the reader gives.
 */
public final class JsonFields {

    private static final int SHOWN = 60;

    private final String file;
    private final String path;
    private final ObjectNode node;
    private final JsonLocations locations;

    private JsonFields(String file, String path, ObjectNode node, JsonLocations locations) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.locations = locations;
    }

    /** The top-level object of the UTF-8 JSON file the user gave, with its lines (see {@link Json#object}). */
    public static JsonFields read(Path file, String what) {
        return parse(file.toString(), InputFiles.readString(file, what), what);
    }

    /** The top-level object of the JSON {@code text}, with its lines; {@code name} names it in messages (see {@link Json#object}). */
    public static JsonFields parse(String name, String text, String what) {
        return new JsonFields(name, "", Json.object(name, text, what), JsonLocations.of(text));
    }

    /** {@code root} as the top-level object of {@code file}, whose lines are not known. */
    public static JsonFields of(Object file, ObjectNode root) {
        return new JsonFields(String.valueOf(file), "", root, JsonLocations.NONE);
    }

    /**
     * {@code value}, found at {@code path} in {@code file}, as an object (an absent or null value
     * is an empty one).
     */
    public static JsonFields of(Object file, String path, JsonNode value) {
        return of(String.valueOf(file), path, value, JsonLocations.NONE);
    }

    private static JsonFields of(String file, String path, JsonNode value, JsonLocations locations) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return new JsonFields(file, path, Json.MAPPER.createObjectNode(), locations);
        }
        if (!value.isObject()) {
            throw wrongType(file, locations, path, "an object", value);
        }
        return new JsonFields(file, path, (ObjectNode) value, locations);
    }

    /** Refuses any key but those {@code allowed}. */
    public JsonFields allow(String... allowed) {
        return allow(Arrays.asList(allowed));
    }

    /** Refuses any key but those {@code allowed}. */
    public JsonFields allow(Collection<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw problemAt(where(key), "unknown key '" + where(key) + "'");
            }
        }
        return this;
    }

    /** The object's keys, in file order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** True when {@code key} is given (present and not null). */
    public boolean has(String key) {
        return node.hasNonNull(key);
    }

    /** The value of {@code key} as it is (a missing node when absent), for a reader's own checks. */
    public JsonNode raw(String key) {
        return node.path(key);
    }

    /** The path of this object in the file ({@code ""}: the file's top-level object). */
    public String path() {
        return path;
    }

    /** The path of {@code key} in the file, for messages: {@code grid.analysis[0].settings}. */
    public String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A problem with the value of {@code key}: {@code FILE:LINE: 'PATH' MESSAGE}. */
    public UserInputException error(String key, String message) {
        return errorAt(where(key), message);
    }

    /**
     * A problem with the value at {@code path}, a path in the file that the reader put together
     * ({@code polar_stances[1]}): {@code FILE:LINE: 'PATH' MESSAGE} (or {@code 'PATH': MESSAGE} when
     * the message starts with a colon).
     */
    public UserInputException errorAt(String path, String message) {
        return problemAt(path, "'" + path + "'" + (message.startsWith(":") ? "" : " ") + message);
    }

    /** A problem with this object as a whole: {@code FILE:LINE: MESSAGE}. */
    public UserInputException problem(String message) {
        return problemAt(path, message);
    }

    /** {@code FILE:LINE: MESSAGE}, at the line of the value at {@code path}. */
    private UserInputException problemAt(String path, String message) {
        return new UserInputException(at(path) + message);
    }

    /** The line of the value at {@code path} in the file (see {@link JsonLocations#line}); 0 when not known. */
    public int line(String path) {
        return locations.line(path);
    }

    /** The canonical text of this object ({@link Json#canonical}). */
    public String canonical() {
        return Json.canonical(node);
    }

    /** {@code FILE:LINE: } for the value at {@code path}, or {@code FILE: } when its line is not known. */
    private String at(String path) {
        return at(file, locations, path);
    }

    private static String at(String file, JsonLocations locations, String path) {
        int line = locations.line(path);
        return file + (line > 0 ? ":" + line : "") + ": ";
    }

    public String string(String key, String dflt) {
        JsonNode v = node.get(key);
        return absent(v) ? dflt : require(v.isTextual(), key, "a string", v).asText();
    }

    public int intValue(String key, int dflt) {
        JsonNode v = node.get(key);
        return absent(v) ? dflt : require(v.isIntegralNumber() && v.canConvertToInt(), key, "an integer", v).asInt();
    }

    public long longValue(String key, long dflt) {
        JsonNode v = node.get(key);
        return absent(v) ? dflt : require(v.isIntegralNumber() && v.canConvertToLong(), key, "an integer", v).asLong();
    }

    public double number(String key, double dflt) {
        JsonNode v = node.get(key);
        return absent(v) ? dflt : require(v.isNumber(), key, "a number", v).asDouble();
    }

    public boolean bool(String key, boolean dflt) {
        JsonNode v = node.get(key);
        return absent(v) ? dflt : require(v.isBoolean(), key, "true or false", v).asBoolean();
    }

    /** A list of strings (empty when absent). */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        JsonNode list = list(key, "a list of strings");
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            if (!v.isTextual()) {
                throw wrongType(file, locations, where(key) + "[" + i + "]", "a string", v);
            }
            out.add(v.asText());
        }
        return out;
    }

    /** The object under {@code key} (an empty one when absent). */
    public JsonFields object(String key) {
        return of(file, where(key), node.get(key), locations);
    }

    /** A list of objects (empty when absent), each with its path: {@code evaluations[1]}. */
    public List<JsonFields> objects(String key) {
        List<JsonFields> out = new ArrayList<>();
        JsonNode list = list(key, "a list of objects");
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            String at = where(key) + "[" + i + "]";
            if (!v.isObject()) {
                throw wrongType(file, locations, at, "an object", v);
            }
            out.add(new JsonFields(file, at, (ObjectNode) v, locations));
        }
        return out;
    }

    /**
     * The value of {@code key}, which must be of the JSON type of {@code example} (a boolean, an
     * integer, a number, a string, a list or an object); {@code example} itself when absent.
     */
    public JsonNode like(String key, JsonNode example) {
        JsonNode v = node.get(key);
        if (absent(v)) {
            return example;
        }
        if (example.isBoolean()) {
            return require(v.isBoolean(), key, "true or false", v);
        }
        if (example.isIntegralNumber()) {
            return require(v.isIntegralNumber(), key, "an integer", v);
        }
        if (example.isNumber()) {
            return require(v.isNumber(), key, "a number", v);
        }
        if (example.isTextual()) {
            return require(v.isTextual(), key, "a string", v);
        }
        if (example.isArray()) {
            return require(v.isArray(), key, "a list", v);
        }
        return require(!example.isObject() || v.isObject(), key, "an object", v);
    }

    private JsonNode list(String key, String what) {
        JsonNode v = node.get(key);
        return absent(v) ? Json.MAPPER.createArrayNode() : require(v.isArray(), key, what, v);
    }

    private static boolean absent(JsonNode v) {
        return v == null || v.isNull();
    }

    private JsonNode require(boolean ok, String key, String what, JsonNode v) {
        if (!ok) {
            throw wrongType(file, locations, where(key), what, v);
        }
        return v;
    }

    /** {@code FILE:LINE: 'PATH' must be WHAT, not VALUE}, the value cut to {@value #SHOWN} characters. */
    private static UserInputException wrongType(String file, JsonLocations locations, String path, String what, JsonNode v) {
        String shown = v.toString();
        if (shown.length() > SHOWN) {
            shown = shown.substring(0, SHOWN - 1) + "…";
        }
        return new UserInputException(at(file, locations, path) + "'" + path + "' must be " + what + ", not " + shown);
    }
}
