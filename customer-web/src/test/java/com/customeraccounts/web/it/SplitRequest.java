package com.customeraccounts.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            socket = new Socket(server.getHost(), server.getPort());
            socket.setSoTimeout(60_000);
            String head = method + " /" + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, bytes.length - withheld);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rest = Arrays.copyOfRange(bytes, bytes.length - withheld, bytes.length);
    }

    /** The whole request at once. */
    SplitRequest(URL server, String method, String path, String body) {
        this(server, method, path, body, 0);
    }

    /** Sends what was withheld and reads the answer until the service closes the connection. */
    String answer() {
        try {
            socket.getOutputStream().write(rest);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
