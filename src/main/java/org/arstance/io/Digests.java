package org.arstance.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests (SHA-256 of files, model entries and schemas; SHA-1 of corpus paragraphs). */
public final class Digests {

    private Digests() {
    }

    /** A fresh SHA-256 digest to feed with {@link #update}. */
    public static MessageDigest sha256() {
        return digest("SHA-256");
    }

    public static String sha256(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of every remaining byte of {@code in}. */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest md = sha256();
        update(md, in);
        return hex(md);
    }

    public static String sha1(String text) {
        return hex(digest("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Feeds every remaining byte of {@code in} to {@code md}. */
    public static void update(MessageDigest md, InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            md.update(buffer, 0, n);
        }
    }

    /** The hex of what {@code md} has been fed (it is reset). */
    public static String hex(MessageDigest md) {
        return hex(md.digest());
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
