package com.customeraccounts.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Top methods of a JFR recording's execution samples: by self time (top frame) and inclusive (anywhere on
 * the stack, once per sample), plus the same restricted to the product's own packages.
 * Also runnable alone: {@code java -cp customer-bench.jar com.customeraccounts.bench.JfrHotspots file.jfr}.
 */
final class JfrHotspots {

    private JfrHotspots() {
    }

    public static void main(String[] args) throws IOException {
        System.out.print(summary(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25));
    }

    static String summary(Path file, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> ownInclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                    if (name.startsWith("com.customeraccounts.")) {
                        ownInclusive.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: %d execution samples%n", file.getFileName(), samples));
        append(s, "self (top frame)", self, samples, top);
        append(s, "inclusive", inclusive, samples, top);
        append(s, "inclusive, product code only", ownInclusive, samples, top);
        return s.toString();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void append(StringBuilder s, String title, Map<String, Integer> counts, int samples, int top) {
        s.append("\n").append(title).append(":\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> s.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey())));
    }
}
