package org.arstance.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.io.TextDecoder;
import org.arstance.io.UserInputException;

/**
 * A CSV file as RFC 4180 defines it (comma-separated, fields optionally quoted with {@code "},
 * a doubled quote inside a quoted field, line breaks allowed inside quotes), UTF-8 with or
 * without a byte-order mark ({@link TextDecoder}). The first record is the header. Anything else is refused with the
 * file and the line where the record starts.
 */
public final class CsvTable {

    /** One record: its fields and the 1-based line of the file where it starts. */
    public record Row(int line, List<String> fields) {
    }

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** The table in {@code bytes}, read from {@code file} (named in messages). */
    public static CsvTable parse(Path file, byte[] bytes) {
        String text = TextDecoder.decode(file.toString(), bytes);
        List<Row> records = records(file, text);
        if (records.isEmpty()) {
            throw new UserInputException(file + ":1: empty file, a header line was expected");
        }
        List<String> header = records.get(0).fields();
        List<Row> rows = new ArrayList<>();
        for (Row r : records.subList(1, records.size())) {
            if (r.fields().size() == 1 && r.fields().get(0).isEmpty()) {
                continue; // a blank line
            }
            if (r.fields().size() != header.size()) {
                throw new UserInputException(file + ":" + r.line() + ": " + r.fields().size() + " fields, the header has "
                        + header.size());
            }
            rows.add(r);
        }
        return new CsvTable(file, List.copyOf(header), List.copyOf(rows));
    }

    private static List<Row> records(Path file, String s) {
        List<Row> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = s.length();
        boolean any = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"' && field.length() == 0) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new UserInputException(file + ":" + quoteLine + ": a quoted field is never closed");
                    }
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    throw new UserInputException(file + ":" + line + ": unexpected character after a closing quote");
                }
                any = true;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                out.add(new Row(recordLine, List.copyOf(fields)));
                fields.clear();
                any = false;
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
                i++;
            }
        }
        if (any || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            out.add(new Row(recordLine, List.copyOf(fields)));
        }
        return out;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The index of a header column, or an error naming the file and the columns it has. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new UserInputException(file + ":1: no column '" + name + "' (columns: " + String.join(", ", header) + ")");
        }
        return i;
    }
}
