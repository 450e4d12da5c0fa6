package cyd.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Applies the embedded database and the test SMTP server to every @QuarkusTest in the suite. */
@QuarkusTestResource(value = EmbeddedDatabaseResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MailServer.class, restrictToAnnotatedClass = false)
public class TestDatabase {
}
