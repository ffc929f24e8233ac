package com.customeraccounts.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every error an import found, in the order found: its row (Magento's number, the first data row being 1),
 * column and message. Row errors are kept in primitive arrays, so that a file whose every row is bad costs
 * a few bytes per error, not an object each. As Magento's error aggregator does, the same message for the
 * same row and column counts once.
 */
final class ImportErrors {

    private static final ImportMessage[] MESSAGES = ImportMessage.values();

    private final List<String> fileErrors = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private int[] rows = new int[64];
    private short[] messages = new short[64];
    private short[] columnOf = new short[64];
    private int size;
    private int invalidRows;
    private int lastInvalidRow = -1;

    /** An error of the file as a whole (its header), not of a row. */
    void addFileError(ImportMessage message, String columns) {
        fileErrors.add(message.text(columns));
    }

    void add(int row, ImportMessage message, String column) {
        short columnId = column == null ? -1 : column(column);
        for (int i = size - 1; i >= 0 && rows[i] == row; i--) {
            if (messages[i] == message.ordinal() && columnOf[i] == columnId) {
                return;
            }
        }
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
            messages = Arrays.copyOf(messages, size * 2);
            columnOf = Arrays.copyOf(columnOf, size * 2);
        }
        rows[size] = row;
        messages[size] = (short) message.ordinal();
        columnOf[size] = columnId;
        size++;
        if (row != lastInvalidRow) {
            lastInvalidRow = row;
            invalidRows++;
        }
    }

    private short column(String name) {
        Integer known = columnIndex.get(name);
        if (known != null) {
            return known.shortValue();
        }
        columns.add(name);
        columnIndex.put(name, columns.size() - 1);
        return (short) (columns.size() - 1);
    }

    /** Whether this row has an error already. */
    boolean hasRow(int row) {
        return size > 0 && rows[size - 1] == row;
    }

    int count() {
        return size + fileErrors.size();
    }

    int invalidRows() {
        return invalidRows;
    }

    boolean hasFileErrors() {
        return !fileErrors.isEmpty();
    }

    /** Each error as one line: {@code Row 3, column email: Please enter a valid email.} */
    void forEachLine(Consumer<String> line) {
        fileErrors.forEach(line);
        for (int i = 0; i < size; i++) {
            String column = columnOf[i] < 0 ? null : columns.get(columnOf[i]);
            String text = MESSAGES[messages[i]].text(column);
            line.accept(
                    column == null
                            ? "Row " + rows[i] + ": " + text
                            : "Row " + rows[i] + ", column " + column + ": " + text);
        }
    }
}
