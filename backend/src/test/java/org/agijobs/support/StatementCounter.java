package org.agijobs.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * Counts the SQL statements the application prepares or executes, by wrapping its DataSource: each
 * {@code prepareStatement}/{@code prepareCall}, and each {@code execute*} with SQL text on a plain statement, is
 * one. Statements of the platform's own background work (scheduler polling, idempotency cleanup, and what the audit
 * trail's sealer and feed threads and the scheduled tasks read) are not counted, so a test can measure what one
 * request costs: the feed reads the trail after every seal and every few seconds, whenever a request happens to run.
 */
public final class StatementCounter {

    private static final List<String> BACKGROUND_TABLES = List.of("scheduled_tasks", "idempotency_record");
    private static final List<String> BACKGROUND_THREADS = List.of("audit-", "scheduling-");

    private final AtomicLong count = new AtomicLong();

    public long count() {
        return count.get();
    }

    public DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            String name = method.getName();
            if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null && args[0] instanceof String sql) {
                record(sql);
            }
            Object result = invoke(target, method, args);
            if (name.equals("createStatement") && result instanceof Statement statement) {
                return statement(statement);
            }
            return result;
        });
    }

    private Statement statement(Statement target) {
        return proxy(Statement.class, target, (method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
                record(sql);
            }
            return invoke(target, method, args);
        });
    }

    private void record(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        String thread = Thread.currentThread().getName();
        if (BACKGROUND_TABLES.stream().noneMatch(lower::contains)
                && BACKGROUND_THREADS.stream().noneMatch(thread::startsWith)) {
            count.incrementAndGet();
        }
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(target)) {
                return true;
            }
            return handler.handle(method, args);
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
