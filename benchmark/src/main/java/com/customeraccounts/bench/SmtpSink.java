package com.customeraccounts.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server on loopback that accepts every message and records, per recipient, when its DATA ended
 * ({@link System#nanoTime()}). Just enough SMTP for Jakarta Mail's client: EHLO/HELO, MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT; no AUTH, no STARTTLS.
 */
final class SmtpSink implements AutoCloseable {

    /** One accepted message: its recipient and when its last DATA line arrived. */
    record Receipt(String recipient, long nanos) {
    }

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "smtp-sink");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Long> byRecipient = new ConcurrentHashMap<>();
    private final List<Receipt> receipts = new ArrayList<>();
    private final AtomicLong count = new AtomicLong();

    SmtpSink() throws IOException {
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "smtp-sink-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    long count() {
        return count.get();
    }

    /** When the message to this recipient arrived, or null. */
    Long receivedAt(String recipient) {
        return byRecipient.get(recipient.toLowerCase(Locale.ROOT));
    }

    /** A copy of all receipts so far, in arrival order. */
    List<Receipt> receipts() {
        synchronized (receipts) {
            return new ArrayList<>(receipts);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> session(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 bench-sink ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    reply(out, "250-bench-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                } else if (upper.startsWith("HELO")) {
                    reply(out, "250 bench-sink");
                } else if (upper.startsWith("MAIL FROM")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (upper.startsWith("RCPT TO")) {
                    recipients.add(address(line));
                    reply(out, "250 OK");
                } else if (upper.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        // the message body is not kept
                    }
                    long now = System.nanoTime();
                    for (String recipient : recipients) {
                        byRecipient.putIfAbsent(recipient, now);
                        synchronized (receipts) {
                            receipts.add(new Receipt(recipient, now));
                        }
                        count.incrementAndGet();
                    }
                    recipients.clear();
                    reply(out, "250 OK queued");
                } else if (upper.startsWith("RSET")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (upper.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else if (upper.startsWith("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        String address = open >= 0 && close > open ? line.substring(open + 1, close) : line.substring(line.indexOf(':') + 1).trim();
        return address.toLowerCase(Locale.ROOT);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
