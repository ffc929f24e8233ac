package com.customeraccounts.web.trace;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Puts the request id on every log line a request causes, whoever logs it (this service, Payara, EclipseLink,
 * Jersey), by taking over the handlers of the root logger, which is where Payara Micro's log goes (its
 * {@code java.util.logging.ConsoleHandler}, formatted by its {@code ODLLogFormatter}; with {@code --logToFile}
 * its file handler too). On start each of them gets, in front of its own filter, a filter that takes the
 * logging thread's {@link com.customeraccounts.trace.RequestContext} for each record it publishes
 * ({@link RecordTraces}); that happens on the thread that logged, even for a handler that formats later on a
 * thread of its own. Its formatter is then wrapped ({@link TracedTextFormatter}: Payara's lines with
 * {@code [req=<id>]} in front of the message) or, with {@code log.format=json}, replaced
 * ({@link JsonLogFormatter}). On stop each handler gets its own filter and formatter back.
 *
 * <p>Lines logged before the application started (Payara's boot) and after it stopped are in Payara's format;
 * loggers with handlers of their own, which Payara Micro does not set up, are left alone.
 */
@WebListener
public class TracedLogging implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(TracedLogging.class.getName());

    @Inject
    StoreConfig config;

    private final List<Installed> installed = new ArrayList<>();

    private record Installed(Handler handler, Filter filter, Formatter formatter) {}

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean json = json(config.value(ConfigPath.LOG_FORMAT));
        RecordTraces traces = new RecordTraces();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Formatter server = handler.getFormatter() != null ? handler.getFormatter() : new SimpleFormatter();
            installed.add(new Installed(handler, handler.getFilter(), handler.getFormatter()));
            handler.setFilter(traces.capturingAfter(handler.getFilter()));
            handler.setFormatter(json ? new JsonLogFormatter(traces) : new TracedTextFormatter(server, traces));
        }
        LOG.info(() -> "Log lines carry the request id of the request they belong to; format "
                + (json ? "json" : "text") + ", on " + installed.size() + " handler(s)");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Installed each : installed) {
            each.handler().setFilter(each.filter());
            each.handler().setFormatter(each.formatter() != null ? each.formatter() : new SimpleFormatter());
        }
        installed.clear();
    }

    private static boolean json(String format) {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("json") && !chosen.equals("text")) {
            LOG.warning(() -> ConfigPath.LOG_FORMAT + " is neither text nor json; the log stays text");
        }
        return chosen.equals("json");
    }
}
