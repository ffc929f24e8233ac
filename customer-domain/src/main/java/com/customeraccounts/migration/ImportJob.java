package com.customeraccounts.migration;

import java.util.List;
import java.util.Map;

/** What {@link ImportRun} works on: the request, the opened file with its header, and what rows are read against. */
record ImportJob(
        ImportEntity entity,
        ImportBehavior behavior,
        ValidationStrategy strategy,
        int allowedErrorCount,
        ImportFile file,
        List<String> header,
        Map<String, Integer> columns,
        ImportContext context,
        ImportErrors errors) {}
