package org.securebase;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the real application context and database: in-memory H2 by default, PostgreSQL when the
 * suite runs with {@code -Dsecurebase.test.db=postgres} (see .ci/run).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
public @interface DatabaseTest {}
