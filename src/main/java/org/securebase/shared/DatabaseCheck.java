package org.securebase.shared;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start which database the app reached (product, version, URL without any password, user), and refuses
 * to go on when the postgres profile is active but the connection is not PostgreSQL: a deployment that asked for
 * PostgreSQL must never quietly get an empty embedded database. Runs as the data source is created, before any
 * migration touches it.
 */
@Component
class DatabaseCheck implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCheck.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                String url = withoutPassword(meta.getURL());
                log.info(
                        "Connected to {} {} at {} as {}",
                        meta.getDatabaseProductName(),
                        meta.getDatabaseProductVersion(),
                        url,
                        meta.getUserName());
                requireExpected(Arrays.asList(environment.getActiveProfiles()), meta.getDatabaseProductName(), url);
            } catch (SQLException e) {
                throw new BeanCreationException(beanName, "Cannot reach the database: " + e.getMessage(), e);
            }
        }
        return bean;
    }

    /** The rule: the postgres profile needs a PostgreSQL connection. */
    static void requireExpected(Collection<String> activeProfiles, String product, String url) {
        if (activeProfiles.contains("postgres") && !"PostgreSQL".equals(product)) {
            throw new IllegalStateException("The postgres profile is active but the database is " + product
                    + " (" + url + "). Set SECUREBASE_DB_URL to a jdbc:postgresql:// address, or start without "
                    + "the postgres profile.");
        }
    }

    /** A JDBC URL fit for a log: passwords in it, as a parameter or before an @, are masked. */
    static String withoutPassword(String url) {
        if (url == null) {
            return "(unknown URL)";
        }
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):[^@/]*@", "//$1:***@");
    }
}
