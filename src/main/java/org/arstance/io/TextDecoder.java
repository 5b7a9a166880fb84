package org.arstance.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file (a scraped article, a CSV table) as UTF-8, with or without a
 * byte-order mark, and refuses anything else with a message that names the file, the line, and
 * what the bytes look like.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private TextDecoder() {
    }

    public static String decode(String name, byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new UserInputException(name + ": is UTF-16 (it starts with a UTF-16 byte-order mark); "
                    + "arstance reads UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UserInputException(name + ":" + lineAt(bytes, i)
                        + ": contains a NUL byte: this is not a text file");
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = utf8.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            String hint = looksLikeWindows1256(bytes, offset)
                    ? " (it decodes as Windows-1256 Arabic: convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8)"
                    : "";
            throw new UserInputException(name + ":" + lineAt(bytes, bad) + ": not valid UTF-8 at byte " + bad + hint);
        }
        utf8.flush(out);
        out.flip();
        return out.toString();
    }

    private static boolean looksLikeWindows1256(byte[] bytes, int offset) {
        CharsetDecoder cp1256 = WINDOWS_1256.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = cp1256.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long arabic = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        return letters > 0 && arabic * 2 >= letters;
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
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
