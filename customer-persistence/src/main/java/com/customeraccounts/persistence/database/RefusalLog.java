package com.customeraccounts.persistence.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's log, but with a unique violation's exception at FINER instead of a WARNING stack trace. The
 * repositories turn each one into a refusal (two sign-ups with one email at the same moment: the second gets
 * Magento's duplicate message), and the database's detail in it holds the values, the email among them.
 */
final class RefusalLog implements InvocationHandler {

    private final SessionLog log;

    private RefusalLog(SessionLog log) {
        this.log = log;
    }

    static void install(Session session) {
        session.setSessionLog(around(session.getSessionLog()));
    }

    private static SessionLog around(SessionLog log) {
        return (SessionLog) Proxy.newProxyInstance(
                SessionLog.class.getClassLoader(), new Class<?>[] {SessionLog.class}, new RefusalLog(log));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("logThrowable")
                && args[args.length - 1] instanceof Throwable t
                && SqlErrors.isUniqueViolation(t)) {
            return refused(args.length == 3 ? (String) args[1] : null, t);
        }
        if (method.getName().equals("log")
                && args.length == 1
                && args[0] instanceof SessionLogEntry e
                && e.hasException()
                && SqlErrors.isUniqueViolation(e.getException())) {
            return refused(e.getNameSpace(), e.getException());
        }
        try {
            Object result = method.invoke(log, args);
            return method.getName().equals("clone") ? around((SessionLog) result) : result;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object refused(String category, Throwable violation) {
        if (log.shouldLog(SessionLog.FINER, category)) {
            log.logThrowable(SessionLog.FINER, category, violation);
        }
        return null;
    }
}
