package org.securebase;

import org.springframework.test.context.ActiveProfilesResolver;

/** "test", plus "postgres" when the suite is pointed at PostgreSQL. */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "postgres".equals(System.getProperty("securebase.test.db"))
                ? new String[] {"test", "postgres"}
                : new String[] {"test"};
    }
}
