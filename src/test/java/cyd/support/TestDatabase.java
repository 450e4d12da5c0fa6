package cyd.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Applies the embedded database to every @QuarkusTest in the suite. */
@QuarkusTestResource(value = EmbeddedDatabaseResource.class, restrictToAnnotatedClass = false)
public class TestDatabase {
}
