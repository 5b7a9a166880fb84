package org.arstance.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file (a scraped article, a CSV table), or of one line of it (a
 * JSON-lines file), as UTF-8, with or without a byte-order mark, and refuses anything else with
 * an {@link InputFileException} that names the file, the line, and what the bytes look like. An
 * instance decodes the lines of one file one after another, reusing its decoder and buffer; it is
 * not for sharing between threads.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer out = CharBuffer.allocate(1 << 12);

    /** The whole file {@code name}, its {@code bytes}. */
    public static String decode(String name, byte[] bytes) {
        return new TextDecoder().decodeLine(name, 1, 0, bytes, bytes.length);
    }

    /**
     * One line of the file {@code name}: the first {@code length} {@code bytes}, without its line
     * end, which are line {@code lineNo} and start at byte {@code offset} of the file. Messages name
     * that line and the file's byte (of its decompressed text, for a {@code .gz} file); byte-order
     * marks count only at the start of the file.
     */
    public String decodeLine(String name, int lineNo, long offset, byte[] bytes, int length) {
        int start = 0;
        if (offset == 0) {
            if (startsWith(bytes, length, 0xFE, 0xFF) || startsWith(bytes, length, 0xFF, 0xFE)) {
                throw new InputFileException(name, 0, "is UTF-16 (it starts with a UTF-16 byte-order mark); "
                        + "arstance reads UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8");
            }
            start = startsWith(bytes, length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        }
        for (int i = start; i < length; i++) {
            if (bytes[i] == 0) {
                throw new InputFileException(name, lineNo + newlines(bytes, i),
                        "contains a NUL byte: this is not a text file");
            }
        }
        if (out.capacity() < length - start) {
            out = CharBuffer.allocate(Math.max(length - start, 2 * out.capacity()));
        }
        out.clear();
        utf8.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        var result = utf8.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            String hint = looksLikeWindows1256(bytes, start, length)
                    ? " (it decodes as Windows-1256 Arabic: convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8)"
                    : "";
            throw new InputFileException(name, lineNo + newlines(bytes, bad), "not valid UTF-8 at byte " + (offset + bad)
                    + (name.endsWith(".gz") ? " of its decompressed text" : "") + hint);
        }
        utf8.flush(out);
        out.flip();
        return out.toString();
    }

    private static boolean looksLikeWindows1256(byte[] bytes, int start, int length) {
        CharsetDecoder cp1256 = WINDOWS_1256.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = cp1256.decode(ByteBuffer.wrap(bytes, start, length - start)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        // the letters the high bytes give: ASCII (JSON keys, Latin words) decodes alike either way
        long letters = text.codePoints().filter(c -> c >= 0x80 && Character.isLetter(c)).count();
        long arabic = text.codePoints()
                .filter(c -> c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        return letters > 0 && arabic * 2 >= letters;
    }

    /** How many line ends come before {@code index}. */
    private static int newlines(byte[] bytes, int index) {
        int count = 0;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
