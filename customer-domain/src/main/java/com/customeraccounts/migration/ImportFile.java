package com.customeraccounts.migration;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An import file, read one record at a time: RFC 4180 CSV as Magento exports it (comma, double quotes,
 * newlines inside quoted cells, so a street's lines stay in one cell), in UTF-8 with or without a byte order
 * mark. The first record is the header. Bytes that are not UTF-8 read as U+FFFD, which the import reports
 * as Magento's illegal-character error for that cell.
 */
final class ImportFile implements AutoCloseable {

    static final char REPLACEMENT = '\uFFFD';

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private ImportFile(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        this.header = records.hasNext() ? records.next().toList() : List.of();
    }

    static ImportFile open(Path csv) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16);
            skipByteOrderMark(in);
            Reader reader = new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE));
            return new ImportFile(
                    CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import file", e);
        }
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (!(start.length == 3
                && (start[0] & 0xff) == 0xef
                && (start[1] & 0xff) == 0xbb
                && (start[2] & 0xff) == 0xbf)) {
            in.reset();
        }
    }

    /** The column names, as written; empty for an empty file. */
    List<String> header() {
        return header;
    }

    /** The next data record's cells, or {@code null} at the end. */
    String[] next() {
        try {
            return records.hasNext() ? records.next().values() : null;
        } catch (UncheckedIOException | IllegalStateException malformed) {
            // the spool file is local: what fails here is the CSV, e.g. a quote that is never closed
            throw new MalformedCsv(malformed);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // read only
        }
    }

    /** The file cannot be read as CSV past some point. */
    static final class MalformedCsv extends RuntimeException {
        MalformedCsv(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
