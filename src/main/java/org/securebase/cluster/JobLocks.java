package org.securebase.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scheduled job marked {@code @SchedulerLock} runs on one instance at a time: the instance that takes the job's
 * row in the {@code shedlock} table runs it, the others skip that turn. Lock times come from the database's clock,
 * so instances whose clocks differ still agree. Jobs that look after this instance's own state (its open sessions,
 * its H2 file) run unlocked.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
