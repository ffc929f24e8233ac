package com.customeraccounts.web.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The samples of a Prometheus text exposition ({@code name{tag="value",…} 1.0}), to look values up by tags. */
record PrometheusText(String text, List<Sample> samples) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern TAG = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> tags, double value) {}

    /** The application's metrics, as a Prometheus server scrapes them. */
    static PrometheusText scrape(CustomerApi api) {
        ApiResponse response = api.send("GET", "metrics?scope=application", null, List.of("Accept", "text/plain"));
        if (response.status() != 200) {
            throw new AssertionError("GET /metrics?scope=application answered " + response);
        }
        return parse(response.body());
    }

    /** How much the sample of this name and these tags has grown since {@code before}. */
    double since(PrometheusText before, String name, String... tagPairs) {
        return value(name, tagPairs) - before.value(name, tagPairs);
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.find()) {
                continue;
            }
            Map<String, String> tags = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher tag = TAG.matcher(sample.group(2));
                while (tag.find()) {
                    tags.put(tag.group(1), tag.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), tags, Double.parseDouble(sample.group(3))));
        }
        return new PrometheusText(text, samples);
    }

    /** The value of the one sample of this name that has these tags (among others), 0 when there is none. */
    double value(String name, String... tagPairs) {
        List<Sample> matching = matching(name, tagPairs);
        if (matching.size() > 1) {
            throw new AssertionError(
                    matching.size() + " samples match " + name + " " + List.of(tagPairs) + ": " + matching);
        }
        return matching.isEmpty() ? 0 : matching.get(0).value();
    }

    List<Sample> matching(String name, String... tagPairs) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && hasTags(s, tagPairs))
                .toList();
    }

    private static boolean hasTags(Sample sample, String... tagPairs) {
        for (int i = 0; i < tagPairs.length; i += 2) {
            if (!tagPairs[i + 1].equals(sample.tags().get(tagPairs[i]))) {
                return false;
            }
        }
        return true;
    }
}
