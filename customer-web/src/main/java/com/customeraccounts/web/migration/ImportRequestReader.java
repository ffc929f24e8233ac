package com.customeraccounts.web.migration;

import com.customeraccounts.web.error.WebapiException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Reads {@code {"source":{"entity","behavior","validation_strategy","allowed_error_count","csv_data"}}} as it
 * arrives, without holding the body: a small JSON scanner walks the object, keeps the short fields, skips
 * whatever else is there, and pipes the characters of {@code csv_data} through a base64 decoder into a spool
 * file. The decoder is MIME's, which, like PHP's {@code base64_decode}, passes over characters outside the
 * alphabet (line breaks, spaces). Any other field is kept up to {@value #MAX_FIELD} characters.
 */
final class ImportRequestReader {

    static final String DECODING_ERROR = "Decoding error.";
    static final int MAX_FIELD = 4096;
    /** How deep a skipped value may nest (the JSON parser's own limit is of the same order). */
    static final int MAX_DEPTH = 64;

    private final Reader in;
    private int peeked = -2;
    private int depth;

    private ImportRequestReader(InputStream body) {
        this.in = new InputStreamReader(body, StandardCharsets.UTF_8);
    }

    /**
     * @param spool where {@code csv_data} is decoded to (created or replaced)
     * @throws WebapiException Magento's 400 {@code Decoding error.} when the body is not such JSON
     */
    static ImportRequest read(InputStream body, Path spool) throws IOException {
        return new ImportRequestReader(body).request(spool);
    }

    private ImportRequest request(Path spool) throws IOException {
        String[] fields = new String[4];
        boolean csv = false;
        if (peekToken() == -1) {
            return new ImportRequest(null, null, null, null, null);
        }
        expect('{');
        if (peekToken() == '}') {
            next();
        } else {
            do {
                String key = string();
                expect(':');
                if (key.equals("source") && peekToken() == '{') {
                    csv |= source(fields, spool);
                } else {
                    skipValue();
                }
            } while (comma('}'));
        }
        if (peekToken() != -1) {
            throw decodingError();
        }
        return new ImportRequest(fields[0], fields[1], fields[2], fields[3], csv ? spool : null);
    }

    /** @return whether {@code csv_data} was there */
    private boolean source(String[] fields, Path spool) throws IOException {
        boolean csv = false;
        expect('{');
        if (peekToken() == '}') {
            next();
            return false;
        }
        do {
            String key = string();
            expect(':');
            int field = switch (key) {
                case "entity" -> 0;
                case "behavior" -> 1;
                case "validation_strategy", "validationStrategy" -> 2;
                case "allowed_error_count", "allowedErrorCount" -> 3;
                case "csv_data", "csvData" -> 4;
                default -> -1;
            };
            if (field == 4 && peekToken() == '"') {
                decode(spool);
                csv = true;
            } else if (field >= 0 && field < 4) {
                fields[field] = scalar();
            } else {
                skipValue();
            }
        } while (comma('}'));
        return csv;
    }

    /** A string, number or literal as text; {@code null} for JSON's null; anything else is skipped. */
    private String scalar() throws IOException {
        int c = peekToken();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            skipValue();
            return null;
        }
        String literal = literal();
        return literal.equals("null") ? null : literal;
    }

    private void decode(Path spool) throws IOException {
        next();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
                InputStream decoded = Base64.getMimeDecoder().wrap(new StringContent())) {
            decoded.transferTo(out);
        } catch (IOException | IllegalArgumentException notBase64) {
            throw decodingError();
        }
    }

    /**
     * The characters of the string being read, up to its closing quote, escapes resolved, as bytes for the
     * base64 decoder (a character outside ASCII is outside the alphabet, and passed over like one).
     */
    private final class StringContent extends InputStream {

        private boolean done;

        @Override
        public int read() throws IOException {
            while (!done) {
                int c = stringChar();
                if (c == -1) {
                    done = true;
                } else if (c < 128) {
                    return c;
                }
            }
            return -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int n = 0;
            while (n < length) {
                int c = read();
                if (c == -1) {
                    break;
                }
                buffer[offset + n++] = (byte) c;
            }
            return n == 0 ? -1 : n;
        }

        @Override
        public void close() throws IOException {
            while (!done) {
                read();
            }
        }
    }

    // --- the scanner -----------------------------------------------------------------------------------------

    private int next() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    /** The next character that is not white space, not consumed. */
    private int peekToken() throws IOException {
        int c = peek();
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            next();
            c = peek();
        }
        return c;
    }

    private void expect(char wanted) throws IOException {
        if (peekToken() != wanted) {
            throw decodingError();
        }
        next();
    }

    /** After a member or element: {@code true} on a comma, {@code false} on the closing character. */
    private boolean comma(char close) throws IOException {
        int c = peekToken();
        next();
        if (c == ',') {
            return true;
        }
        if (c == close) {
            return false;
        }
        throw decodingError();
    }

    /** A string's next character, escapes resolved; -1 at its closing quote. */
    private int stringChar() throws IOException {
        int c = next();
        if (c == '"') {
            return -1;
        }
        if (c == -1 || c < 0x20) {
            throw decodingError();
        }
        if (c != '\\') {
            return c;
        }
        int e = next();
        return switch (e) {
            case '"', '\\', '/' -> e;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(next(), 16);
                    if (digit < 0) {
                        throw decodingError();
                    }
                    value = value * 16 + digit;
                }
                yield value;
            }
            default -> throw decodingError();
        };
    }

    private String string() throws IOException {
        if (peekToken() != '"') {
            throw decodingError();
        }
        next();
        StringBuilder text = new StringBuilder();
        for (int c = stringChar(); c != -1; c = stringChar()) {
            if (text.length() < MAX_FIELD) {
                text.append((char) c);
            }
        }
        return text.toString();
    }

    private String literal() throws IOException {
        StringBuilder text = new StringBuilder();
        int c = peek();
        while (c != -1 && (Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.')) {
            if (text.length() < MAX_FIELD) {
                text.append((char) c);
            }
            next();
            c = peek();
        }
        String value = text.toString();
        if (value.isEmpty()
                || !(value.equals("true")
                        || value.equals("false")
                        || value.equals("null")
                        || value.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?"))) {
            throw decodingError();
        }
        return value;
    }

    /** Skips one value of any kind, nested ones included, without keeping it. */
    private void skipValue() throws IOException {
        if (++depth > MAX_DEPTH) {
            throw decodingError();
        }
        try {
            skipOne();
        } finally {
            depth--;
        }
    }

    private void skipOne() throws IOException {
        int c = peekToken();
        if (c == '"') {
            next();
            while (stringChar() != -1) {
                // skipped
            }
        } else if (c == '{') {
            next();
            if (peekToken() == '}') {
                next();
                return;
            }
            do {
                string();
                expect(':');
                skipValue();
            } while (comma('}'));
        } else if (c == '[') {
            next();
            if (peekToken() == ']') {
                next();
                return;
            }
            do {
                skipValue();
            } while (comma(']'));
        } else {
            literal();
        }
    }

    private static WebapiException decodingError() {
        return WebapiException.badRequest(DECODING_ERROR);
    }
}
