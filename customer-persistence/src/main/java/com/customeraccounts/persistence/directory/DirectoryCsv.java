package com.customeraccounts.persistence.directory;

import com.customeraccounts.directory.Country;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.directory.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Magento's directory data as exported from a fresh 2.4.8 install ({@code directory/*.csv}): 249 countries
 * and 1156 regions whose ids are the ones Magento clients send as {@code region_id}.
 */
public final class DirectoryCsv {

    private DirectoryCsv() {}

    public static Directory load() {
        List<Country> countries =
                read("directory/directory-countries.csv", f -> new Country(f.get(0), f.get(2), f.get(1)));
        List<Region> regions = read(
                "directory/directory-regions.csv",
                f -> new Region(Integer.parseInt(f.get(0)), f.get(1), f.get(2), f.get(3)));
        return new Directory(countries, regions);
    }

    private static <T> List<T> read(String resource, Function<List<String>, T> row) {
        try (InputStream in = DirectoryCsv.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(row.apply(fields(line)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line; a field may be quoted, with {@code ""} for a quote inside. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
