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

  @Bean
  DataSource dataSource(DatabaseProperties properties, Environment environment) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setPoolName("shixiao");
    dataSource.setMaximumPoolSize(20);
    if (properties.isExternal()) {
      dataSource.setJdbcUrl(properties.url());
      dataSource.setUsername(properties.username());
      dataSource.setPassword(properties.password());
    } else {
      if (environment.acceptsProfiles(Profiles.of("prod"))) {
        throw new EmbeddedDatabaseRefusedException();
      }
      dataSource.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(properties.embedded()));
      dataSource.setUsername("postgres");
    }
    return dataSource;
  }
}
