package org.arstance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Decoding of real seed text in the encodings scrapers produce. */
class TextDecoderTest {

    private static String seedText() throws Exception {
        return Files.readString(Path.of("seeds", "004_d88aad4c16a3b18a.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void utf8WithAndWithoutBomDecodeTheSame() throws Exception {
        String text = seedText();
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(text, TextDecoder.decode("a.txt", plain));
        assertEquals(text, TextDecoder.decode("a.txt", bom));
    }

    @Test
    void windows1256IsRefusedAndNamedAsSuch() throws Exception {
        // the first line of the seed is pure Arabic: representable in Windows-1256
        String line = seedText().lines().findFirst().orElseThrow();
        byte[] cp1256 = ("\n\n" + line + "\n").getBytes(Charset.forName("windows-1256"));
        UserInputException e = assertThrows(UserInputException.class, () -> TextDecoder.decode("old.txt", cp1256));
        assertTrue(e.getMessage().startsWith("old.txt:3: not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("Windows-1256"), e.getMessage());
    }

    @Test
    void latin1GarbageIsRefusedWithoutTheArabicHint() {
        byte[] latin1 = "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
        UserInputException e = assertThrows(UserInputException.class, () -> TextDecoder.decode("x.txt", latin1));
        assertTrue(e.getMessage().startsWith("x.txt:1: not valid UTF-8"), e.getMessage());
        assertTrue(!e.getMessage().contains("Windows-1256"), e.getMessage());
    }

    @Test
    void utf16AndNulBytesAreNamed() throws Exception {
        byte[] utf16 = seedText().getBytes(StandardCharsets.UTF_16);
        assertTrue(assertThrows(UserInputException.class, () -> TextDecoder.decode("w.txt", utf16))
                .getMessage().contains("UTF-16"));
        byte[] nul = "نص\n\0\0".getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(UserInputException.class, () -> TextDecoder.decode("b.txt", nul))
                .getMessage().startsWith("b.txt:2: contains a NUL byte"));
    }
}
