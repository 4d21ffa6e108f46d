package vn.reportbot.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reportbot.cluster.*}: how the instances sharing one database ({@link Leases}) tell who holds what.
 *
 * @param leaseTtl how long a lease (a mailbox, a run of a job, an instance's liveness) stays held without being
 *                 renewed; a holder renews its leases every quarter of it. An instance that dies has its mailboxes read
 *                 by another within {@code leaseTtl} and a quarter (25 s by default), its interrupted mails recognised
 *                 as such within {@code leaseTtl}. At least a second.
 */
@ConfigurationProperties("reportbot.cluster")
public record ClusterProperties(Duration leaseTtl) {

    public ClusterProperties {
        leaseTtl = leaseTtl == null ? Duration.ofSeconds(20) : leaseTtl;
        if (leaseTtl.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new SettingsException("reportbot.cluster.lease-ttl: must be at least 1s (was " + leaseTtl + ")");
        }
    }

    /** How often a holder renews its leases, and a would-be holder tries again: a quarter of the TTL. */
    public Duration renewEvery() {
        return leaseTtl.dividedBy(4);
    }
}
