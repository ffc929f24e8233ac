package com.customeraccounts.web.migration;

import java.nio.file.Path;

/**
 * The fields of {@code {"source":{…}}} as sent (snake_case or camelCase keys), with {@code csv_data} already
 * decoded into {@code csv}; {@code csv} is null when the body had no {@code csv_data}.
 */
record ImportRequest(String entity, String behavior, String validationStrategy, String allowedErrorCount, Path csv) {}
