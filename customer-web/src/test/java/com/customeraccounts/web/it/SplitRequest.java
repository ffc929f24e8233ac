package com.customeraccounts.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 request on a connection of its own, its body sent in two parts: between them the request
 * is in the service's hands and unanswered for as long as the test likes (a slow client's upload). The
 * answer is read as it is on the wire, headers included.
 */
final class SplitRequest implements AutoCloseable {

    private final Socket socket;
    private final byte[] rest;

    /** Sends the request line, the headers and the body but its last {@code withheld} bytes. */
    SplitRequest(URL server, String method, String path, String body, int withheld) {
        this(server, method, path, List.of(), body, withheld);
    }

    /** The whole request at once. */
    SplitRequest(URL server, String method, String path, String body) {
        this(server, method, path, List.of(), body, 0);
    }

    /** The whole request at once, with these headers as well (given as name/value pairs). */
    SplitRequest(URL server, String method, String path, List<String> headers, String body) {
        this(server, method, path, headers, body, 0);
    }

    private SplitRequest(URL server, String method, String path, List<String> headers, String body, int withheld) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(" /")
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(server.getHost())
                .append(':')
                .append(server.getPort())
                .append("\r\nContent-Type: application/json\r\nContent-Length: ")
                .append(bytes.length)
                .append("\r\nConnection: close\r\n");
        for (int i = 0; i < headers.size(); i += 2) {
            head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
        }
        head.append("\r\n");
        try {
            socket = new Socket(server.getHost(), server.getPort());
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            // the request line as bytes: a char up to U+00FF is the byte a hostile client may send
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes, 0, bytes.length - withheld);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rest = Arrays.copyOfRange(bytes, bytes.length - withheld, bytes.length);
    }

    /** Sends what was withheld and reads the answer until the service closes the connection. */
    String answer() {
        return new String(answerBytes(), StandardCharsets.UTF_8);
    }

    /** The answer as {@link #answer}, read into its status, Content-Type and body (de-chunked). */
    ApiResponse response() {
        byte[] raw = answerBytes();
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        // an interim answer (100 Continue) comes before the answer
        while (end >= 0 && text.startsWith("HTTP/1.1 1")) {
            raw = Arrays.copyOfRange(raw, end + 4, raw.length);
            text = text.substring(end + 4);
            end = text.indexOf("\r\n\r\n");
        }
        if (end < 0) {
            throw new IllegalStateException("no HTTP answer: " + text);
        }
        String[] head = text.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.computeIfAbsent(head[i].substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(head[i].substring(colon + 1).trim());
        }
        String contentType = headers.getOrDefault("Content-Type", List.of("")).get(0);
        boolean chunked = headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked");
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        return new ApiResponse(
                status(head[0]),
                contentType,
                new String(chunked ? dechunked(body) : body, StandardCharsets.UTF_8),
                HttpHeaders.of(headers, (name, value) -> true));
    }

    private byte[] answerBytes() {
        try {
            socket.getOutputStream().write(rest);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] dechunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = at;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    /** The status code of a raw answer. */
    static int status(String answer) {
        return Integer.parseInt(answer.split(" ", 3)[1]);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
