package com.customeraccounts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads VmRSS of the service from /proc/&lt;pid&gt;/status every 200 ms; keeps the maximum while load runs. */
final class RssSampler {

    private final long pid;
    private volatile long current;
    private volatile long beforeLoad;
    private volatile long maxUnderLoad;
    private volatile boolean underLoad;

    RssSampler(long pid) {
        this.pid = pid;
        Thread thread = new Thread(this::loop, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (true) {
            try {
                long rss = read(pid)[0];
                current = rss;
                if (underLoad && rss > maxUnderLoad) {
                    maxUnderLoad = rss;
                }
                Thread.sleep(200);
            } catch (IOException | RuntimeException e) {
                return; // the process is gone
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void loadStarted() {
        beforeLoad = current;
        underLoad = true;
    }

    void loadStopped() {
        underLoad = false;
    }

    long current() {
        return current;
    }

    long beforeLoad() {
        return beforeLoad;
    }

    long maxUnderLoad() {
        return maxUnderLoad;
    }

    /** {VmRSS, VmHWM} in bytes. */
    static long[] read(long pid) throws IOException {
        long rss = 0;
        long hwm = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kib(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kib(line);
            }
        }
        return new long[]{rss, hwm};
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
    }
}
