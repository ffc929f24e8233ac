package com.customeraccounts.web.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The SMTP server the service under test is given: a loopback relay in front of GreenMail that the tests
 * can make refuse connections ("the mail server is down"), answer slowly ("5 s per message"), refuse
 * every recipient for good ("550 no such user"), hold every connection until it is told to pass ("the
 * mail server has not taken the email yet"), or hang with the connections open ("the mail server stopped").
 */
public final class SmtpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int upstreamPort;
    private volatile boolean refusing;
    private volatile boolean refusingRecipients;
    private volatile Duration delay = Duration.ZERO;
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile boolean hung;

    SmtpRelay(int upstreamPort) {
        this.upstreamPort = upstreamPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "smtp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Every new connection is closed at once, as by a server that is down. */
    public void refuse() {
        refusing = true;
    }

    /** Every recipient is refused with a permanent {@code 550} reply, by the relay itself. */
    public void refuseRecipients() {
        refusingRecipients = true;
    }

    /** Connections are passed to GreenMail after this delay (zero: at once). */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** New connections wait, accepted but unanswered, until {@link #pass()}. */
    public void hold() {
        held = new CountDownLatch(1);
    }

    /**
     * From now on nothing more passes either way, on open connections too, and new ones are never answered:
     * the service's emails under way get stuck until their SMTP timeout, and reach nobody.
     */
    public void hang() {
        hung = true;
    }

    /** Back to normal: connections go through at once, held ones too. */
    public void pass() {
        hung = false;
        refusing = false;
        refusingRecipients = false;
        delay = Duration.ZERO;
        held.countDown();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread handler = new Thread(() -> relay(client), "smtp-relay-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client) {
            if (refusing) {
                return;
            }
            if (hung) {
                client.getInputStream().transferTo(OutputStream.nullOutputStream());
                return;
            }
            if (refusingRecipients) {
                answerRefusingRecipients(client);
                return;
            }
            // a guard only: the test that holds connections passes them within moments
            if (!held.await(60, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(delay.toMillis());
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
                Thread toUpstream = pump(client.getInputStream(), upstream.getOutputStream());
                pump(upstream.getInputStream(), client.getOutputStream()).join();
                toUpstream.join(1000);
            }
        } catch (IOException | InterruptedException ignored) {
            // the connection ends; the service sees whatever the relay managed to pass
        }
    }

    /** Just enough of an SMTP server for a client to reach {@code RCPT TO}, which it refuses. */
    private static void answerRefusingRecipients(Socket client) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
        reply(out, "220 relay.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 relay.test");
                case "RCPT" -> reply(out, "550 5.1.1 No such user here");
                case "QUIT" -> {
                    reply(out, "221 2.0.0 Bye");
                    return;
                }
                default -> reply(out, "250 2.0.0 OK");
            }
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    private Thread pump(InputStream in, OutputStream out) {
        Thread pump = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try {
                        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                            if (!hung) {
                                out.write(buffer, 0, read);
                                out.flush();
                            }
                        }
                    } catch (IOException ignored) {
                        // one side closed
                    }
                },
                "smtp-relay-pump");
        pump.setDaemon(true);
        pump.start();
        return pump;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
