package io.shixiao.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The one data source: the external PostgreSQL named by {@code SHIXIAO_DB_URL}, or else the
 * embedded one. The {@code prod} profile refuses the embedded server so that a production
 * deployment cannot silently run on a laptop database (see Keycloak issue #14811).
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, Environment environment) {
        if (properties.isExternal()) {
            HikariDataSource dataSource = pooled(new HikariDataSource(), properties.pool());
            dataSource.setJdbcUrl(properties.url());
            dataSource.setUsername(properties.username());
            dataSource.setPassword(properties.password());
            return dataSource;
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new EmbeddedDatabaseRefusedException();
        }
        EmbeddedPostgresServer.Lease lease = EmbeddedPostgresServer.lease(properties.embedded());
        HikariDataSource dataSource = pooled(new EmbeddedDataSource(lease), properties.pool());
        dataSource.setJdbcUrl(lease.jdbcUrl());
        dataSource.setUsername("postgres");
        return dataSource;
    }

    private static HikariDataSource pooled(HikariDataSource dataSource, DatabaseProperties.Pool pool) {
        dataSource.setPoolName("shixiao");
        dataSource.setMaximumPoolSize(pool.maximumSize());
        // Idle connections are given back so that several nodes (or test contexts) share one server.
        dataSource.setMinimumIdle(pool.minimumIdle());
        return dataSource;
    }

    /** A pool on the embedded server that gives its lease back once its connections are closed. */
    private static final class EmbeddedDataSource extends HikariDataSource {

        private final transient EmbeddedPostgresServer.Lease lease;

        EmbeddedDataSource(EmbeddedPostgresServer.Lease lease) {
            this.lease = lease;
        }

        @Override
        public void close() {
            try {
                super.close();
            } finally {
                lease.close();
            }
        }
    }
}
