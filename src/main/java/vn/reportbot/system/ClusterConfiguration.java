package vn.reportbot.system;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This instance's place among those sharing the database: its {@link Leases}, renewed from start-up and given up
 * when the application closes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

    @Bean(destroyMethod = "close")
    Leases leases(DataSource dataSource, ClusterProperties properties) {
        Leases leases = new Leases(dataSource, properties.leaseTtl());
        leases.start();
        return leases;
    }
}
