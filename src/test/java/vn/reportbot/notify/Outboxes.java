package vn.reportbot.notify;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import vn.reportbot.system.Leases;

/** An {@link Outbox} on a test's migrated database, as the instance {@code leases} names (alive for a minute). */
final class Outboxes {

    private Outboxes() {
    }

    static Outbox on(DataSource dataSource, Clock clock) {
        return on(dataSource, clock, new Leases(dataSource, Duration.ofMinutes(1)));
    }

    static Outbox on(DataSource dataSource, Clock clock, Leases leases) {
        return new Outbox(JdbcClient.create(dataSource), clock, new NotifyProperties("reportbot.local"), leases,
                new DataSourceTransactionManager(dataSource));
    }
}
