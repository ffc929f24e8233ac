package com.customeraccounts.migration;

import java.util.Map;

/** One data record of an import file, read by column name; {@code number} is Magento's row number. */
final class ImportRow {

    private final int number;
    private final Map<String, Integer> columns;
    private final String[] cells;

    ImportRow(int number, Map<String, Integer> columns, String[] cells) {
        this.number = number;
        this.columns = columns;
        this.cells = cells;
    }

    int number() {
        return number;
    }

    boolean has(String column) {
        Integer i = columns.get(column);
        return i != null && i < cells.length;
    }

    /** The cell as written, or {@code null} when the file has no such column. */
    String raw(String column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.length ? null : cells[i];
    }

    /** The cell, with an empty one read as none. */
    String value(String column) {
        String raw = raw(column);
        return raw == null || raw.isEmpty() ? null : raw;
    }

    /** As PHP's {@code empty()} reads a cell: absent, empty or {@code "0"}. */
    boolean isEmpty(String column) {
        String raw = raw(column);
        return raw == null || raw.isEmpty() || raw.equals("0");
    }

    /** Whether the value is there once trimmed (Magento's test for required attributes). */
    boolean isBlank(String column) {
        String raw = raw(column);
        return raw == null || raw.trim().isEmpty();
    }

    Map<String, Integer> columns() {
        return columns;
    }

    String[] cells() {
        return cells;
    }
}
