package vn.reportbot.system;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leases in the shared database (table {@code lease}): what lets several instances of the bot on one database agree
 * on who does a thing, without anything beside the database. A lease has a name ({@code mailbox:<office>},
 * {@code job:<name>}, …) and at most one holder, an instance ({@link #instanceId}, new at each start); it stays
 * held while its holder renews it, which this class does in the background every quarter of the TTL
 * ({@link ClusterProperties#leaseTtl}) for every lease it holds; one not renewed for the TTL (its holder died, or stalled)
 * may be taken by any instance. Taking and renewing are single conditional statements ({@code UPDATE … WHERE holder = me
 * OR expires_at <= now}, else an {@code INSERT} that the primary key lets only one instance make), so that exactly one
 * instance wins on H2 and PostgreSQL alike.
 *
 * <p>Every instance also holds its own liveness lease, {@code instance:<id>}, from its start to its stop: others
 * read it to tell a dead instance's unfinished work (a mail it was sending) from a live one's. Times are the
 * instances' system clocks: like Quartz's clustered store, this needs the machines' clocks in step (NTP).
 *
 * <p>Within one instance a lease is held by the instance, not a thread: callers keep their own threads apart.
 * Statements run in transactions of their own, so that a refused {@code INSERT} never spoils a caller's transaction.
 */
public final class Leases implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Leases.class);
    private static final String INSTANCE = "instance:";

    private final JdbcClient jdbc;
    private final TransactionTemplate apart;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();
    private final String instanceId;
    /** The leases held, each with the moment it is surely held until (its last renewal plus the TTL). */
    private final Map<String, Instant> held = new ConcurrentHashMap<>();
    private ScheduledExecutorService renewer;
    /**
     * Taking and renewing hold its read lock, {@link #close} its write lock: once closed, nothing is taken or recorded
     * again, by a poll still running while the application stops or by a renewal under way when it closed.
     */
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /** An instance on {@code dataSource}: its liveness lease is taken at once; renewal starts with {@link #start}. */
    public Leases(DataSource dataSource, Duration ttl) {
        this.jdbc = JdbcClient.create(dataSource);
        this.apart = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ttl = ttl;
        this.instanceId = newInstanceId();
        if (!acquire(INSTANCE + instanceId)) {
            throw new IllegalStateException("instance " + instanceId + " cannot record itself in table lease");
        }
    }

    /** This instance's identity: host, process id and a random part, new at each start. */
    public String instanceId() {
        return instanceId;
    }

    public Duration ttl() {
        return ttl;
    }

    /** Renews the leases held every quarter of the TTL, from now until {@link #close}. */
    public synchronized void start() {
        if (renewer != null) {
            return;
        }
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-renewer");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, ttl.toMillis() / 4);
        renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
        log.info("Instance {} records its leases in the database, each for {} s unless renewed", instanceId,
                ttl.toMillis() / 1000.0);
    }

    /**
     * Takes the lease {@code name} for this instance, or renews it if this instance holds it; from then on it is
     * renewed in the background until {@link #release}. Returns false, at once, when another instance holds it.
     */
    public boolean acquire(String name) {
        Lock taking = closing.readLock();
        taking.lock();
        try {
            if (closed) { // the instance stops: it gives its leases up and takes none
                held.remove(name);
                return false;
            }
            Instant now = clock.instant();
            Instant until = now.plus(ttl);
            boolean won;
            try {
                won = Boolean.TRUE.equals(apart.execute(s -> take(name, now, until)));
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                won = false;
            }
            if (won) {
                held.put(name, until);
            } else {
                held.remove(name);
            }
            return won;
        } finally {
            taking.unlock();
        }
    }


    /**
     * Takes the lease {@code name}, waiting while another instance holds it: until that instance gives it up, or its
     * lease expires (the instance died). Logs once whom it waits for.
     *
     * @throws IllegalStateException when the thread is interrupted while it waits
     */
    public void await(String name) {
        long retry = Math.min(250, Math.max(20, ttl.toMillis() / 20));
        boolean told = false;
        while (!acquire(name)) {
            if (closed) {
                throw new IllegalStateException("the service is stopping: " + name + " is not taken");
            }
            if (!told) {
                log.info("Waiting for {}, held by instance {}", name, holder(name).orElse("(given up just now)"));
                told = true;
            }
            try {
                Thread.sleep(retry);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
    }

    private boolean take(String name, Instant now, Instant until) {
        int updated = jdbc.sql("UPDATE lease SET holder = ?, acquired_at = CASE WHEN holder = ? THEN acquired_at ELSE ? END,"
                        + " expires_at = ? WHERE name = ? AND (holder = ? OR expires_at <= ?)")
                .params(instanceId, instanceId, ts(now), ts(until), name, instanceId, ts(now)).update();
        if (updated == 1) {
            return true;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM lease WHERE name = ?").param(name).query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO lease (name, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(name, instanceId, ts(now), ts(until)).update();
        return true;
    }

    /** Whether this instance holds {@code name} now: taken, and renewed less than the TTL ago. */
    public boolean holds(String name) {
        Instant until = held.get(name);
        return until != null && clock.instant().isBefore(until);
    }

    /** Gives the lease up (if this instance holds it), so that another instance may take it at once. */
    public void release(String name) {
        held.remove(name);
        try {
            apart.executeWithoutResult(s -> jdbc.sql("DELETE FROM lease WHERE name = ? AND holder = ?")
                    .params(name, instanceId).update());
        } catch (DataAccessException e) {
            log.warn("Lease {} could not be given up ({}); it expires in {} s", name, e.getMessage(), ttl.toSeconds());
        }
    }

    /** The instance holding {@code name} now, if one does (a lease past its expiry has no holder). */
    public Optional<String> holder(String name) {
        return jdbc.sql("SELECT holder FROM lease WHERE name = ? AND expires_at > ?").params(name, ts(clock.instant()))
                .query(String.class).optional();
    }

    /** The instances alive now: those whose liveness lease has not expired, this one among them. */
    public Set<String> liveInstances() {
        List<String> live = jdbc.sql("SELECT holder FROM lease WHERE name LIKE ? AND expires_at > ?")
                .params(INSTANCE + "%", ts(clock.instant())).query(String.class).list();
        return Set.copyOf(live);
    }

    /** The moment by this class's clock (the system's, in UTC), for times compared with the leases'. */
    public Instant now() {
        return clock.instant();
    }

    private void renewAll() {
        Lock renewing = closing.readLock();
        renewing.lock();
        try {
            if (!closed) {
                renewHeld();
            }
        } finally {
            renewing.unlock();
        }
    }

    private void renewHeld() {
        for (String name : List.copyOf(held.keySet())) {
            Instant now = clock.instant();
            Instant until = now.plus(ttl);
            try {
                int renewed = apart.execute(s -> jdbc.sql("UPDATE lease SET expires_at = ? WHERE name = ? AND holder = ?")
                        .params(ts(until), name, instanceId).update());
                if (renewed == 1) {
                    held.replace(name, until);
                } else if (name.startsWith(INSTANCE)) {
                    log.warn("Instance {} was taken for dead (stalled longer than {} s); it records itself again",
                            instanceId, ttl.toSeconds());
                    acquire(name);
                } else if (held.remove(name) != null) { // not given up meanwhile: lost
                    log.warn("Lease {} was lost (not renewed within {} s): another instance may hold it now", name,
                            ttl.toSeconds());
                }
            } catch (DataAccessException | IllegalStateException e) {
                log.warn("Lease {} could not be renewed: {}; held until {} unless renewed", name, e.getMessage(),
                        held.get(name));
            }
        }
    }

    /**
     * Stops renewing and gives up every lease, this instance's liveness last; from then on {@link #acquire} takes
     * nothing. Waits for a renewal or a take under way to end first, so that neither records a lease again after it.
     */
    @Override
    public synchronized void close() {
        if (renewer != null) {
            renewer.shutdown(); // a renewal under way ends; the write lock below waits for it
        }
        Lock closer = closing.writeLock();
        closer.lock();
        try {
            closed = true;
        } finally {
            closer.unlock();
        }
        String self = INSTANCE + instanceId;
        for (String name : List.copyOf(held.keySet())) {
            if (!name.equals(self)) {
                release(name);
            }
        }
        release(self);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String newInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        if (host.length() > 100) {
            host = host.substring(0, 100);
        }
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-" + HexFormat.of().formatHex(random);
    }
}
