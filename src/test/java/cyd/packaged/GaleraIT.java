package cyd.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cyd.packaged.Fleet.Crowd;

/**
 * How a council goes past one database machine: a three-node MariaDB Galera cluster from Debian's packages
 * ({@code mariadb-server}, {@code galera-4}) on loopback ports, and two Cyd instances connected with multi-host
 * JDBC URLs, each writing to a different node first, so that a hot idea backed through both conflicts in the
 * cluster. One node is killed while 200 residents back and withdraw: Cyd keeps serving from the other two, runs
 * again what a conflict or the lost node aborted, and afterwards every node's counter equals its rows, with every
 * acknowledged backing held and nothing doubled.
 */
class GaleraIT {

    static final int RESIDENTS = 200;

    private final Path root = Path.of("target", "packaged", "galera").toAbsolutePath();
    private final List<DebianMariaDb> nodes = new ArrayList<>();
    private final List<PackagedApp> apps = new ArrayList<>();

    @AfterEach
    void stopAll() {
        apps.forEach(PackagedApp::destroy);
        nodes.forEach(DebianMariaDb::close);
    }

    @Test
    void aClusterLosesANodeUnderLoadAndCydKeepsEveryBacking() throws Exception {
        PackagedApp.delete(root);
        int[] sql = new int[3];
        int[] group = new int[3];
        for (int i = 0; i < 3; i++) {
            sql[i] = PackagedApp.freePort();
            group[i] = PackagedApp.freePort();
        }
        String cluster = "gcomm://127.0.0.1:" + group[0] + ",127.0.0.1:" + group[1] + ",127.0.0.1:" + group[2];
        for (int i = 0; i < 3; i++) {
            List<String> wsrep = new ArrayList<>(List.of("--wsrep-on=ON", "--wsrep-provider=/usr/lib/galera/libgalera_smm.so",
                    "--wsrep-cluster-name=cyd", "--wsrep-node-name=node" + i, "--wsrep-cluster-address=" + cluster,
                    "--wsrep-node-address=127.0.0.1:" + group[i], "--wsrep-node-incoming-address=127.0.0.1:" + sql[i],
                    "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + group[i] + ";ist.recv_addr=127.0.0.1:"
                            + PackagedApp.freePort() + ";gcache.size=64M;"
                            // A node that stops answering is left out after 2-3 s rather than 5-15 s: the cluster
                            // holds commits until it knows who is still in it (deploy/README.md says so).
                            + "evs.keepalive_period=PT0.5S;evs.inactive_check_period=PT0.5S;evs.suspect_timeout=PT2S;"
                            + "evs.inactive_timeout=PT3S",
                    "--wsrep-sst-method=rsync", "--wsrep-sst-receive-address=127.0.0.1:" + PackagedApp.freePort(),
                    "--binlog-format=ROW", "--innodb-autoinc-lock-mode=2", "--default-storage-engine=InnoDB"));
            if (i == 0) {
                wsrep.add("--wsrep-new-cluster");
            }
            nodes.add(DebianMariaDb.create(root.resolve("node" + i), sql[i], wsrep));
            // The state transfer's rsync daemon writes the joiner's files as "nobody" when started by root.
            new ProcessBuilder("chmod", "-R", "a+rwX", root.resolve("node" + i).toString()).inheritIO().start().waitFor();
        }
        nodes.get(0).start().createSchema();
        nodes.get(1).start();
        nodes.get(2).start();
        assertEquals("3", nodes.get(2).query("SHOW STATUS LIKE 'wsrep_cluster_size'"), "three nodes in the cluster");

        // Each instance lists the nodes in its own order: it writes to its first, and moves on when that one goes.
        PackagedApp a = start("galera-a", sql[0], sql[1], sql[2]);
        a.awaitReady(Duration.ofMinutes(3));
        PackagedApp b = start("galera-b", sql[1], sql[2], sql[0]);
        b.awaitReady(Duration.ofMinutes(3));

        // What Galera demands of Cyd's schema: a primary key on every table it owns.
        try (Connection c = nodes.get(1).connect(); ResultSet r = c.createStatement().executeQuery(
                "SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = 'cyd' "
                        + "AND t.table_name NOT LIKE 'DATABASECHANGELOG%' AND NOT EXISTS (SELECT 1 FROM "
                        + "information_schema.table_constraints k WHERE k.table_schema = t.table_schema "
                        + "AND k.table_name = t.table_name AND k.constraint_type = 'PRIMARY KEY')")) {
            List<String> without = new ArrayList<>();
            while (r.next()) {
                without.add(r.getString(1));
            }
            assertEquals(List.of(), without, "tables without a primary key");
        }

        long ideaId;
        long before;
        try (Connection c = nodes.get(1).connect()) {
            Fleet.makeResidents(c, RESIDENTS);
            ideaId = scalar(c, "SELECT i.id FROM idea i JOIN prompt p ON p.id = i.prompt_id JOIN authority a "
                    + "ON a.id = p.authority_id WHERE a.slug = 'enghraifft' AND p.status = 'OPEN' "
                    + "AND i.visibility = 'SHOWN' ORDER BY i.id LIMIT 1");
            before = scalar(c, "SELECT COUNT(*) FROM backing WHERE idea_id = " + ideaId);
        }
        String idea = "/en/enghraifft/ideas/" + ideaId;
        Crowd throughA = Crowd.signIn(a.port, 1, RESIDENTS / 2, idea);
        Crowd throughB = Crowd.signIn(b.port, RESIDENTS / 2 + 1, RESIDENTS / 2, idea);
        long conflictsBefore = conflicts(nodes.get(1)) + conflicts(nodes.get(2));
        throughA.start(500);
        throughB.start(500);
        PackagedApp.sleep(10_000);

        // The node instance A writes to is lost, as a machine is lost: no goodbye.
        nodes.get(0).kill();
        int doneAtKill = throughA.done() + throughB.done();
        PackagedApp.sleep(20_000);
        int afterKill = throughA.done() + throughB.done() - doneAtKill;
        Crowd.Result ra = throughA.stop();
        Crowd.Result rb = throughB.stop();
        long conflicts = conflicts(nodes.get(1)) + conflicts(nodes.get(2)) - conflictsBefore;
        Map<String, Integer> failures = new TreeMap<>(ra.failures());
        rb.failures().forEach((k, v) -> failures.merge(k, v, Integer::sum));
        System.out.printf("GaleraIT: %d residents, %d backings and withdrawals (%d after a node was killed); "
                + "%d certification conflicts run again; refused: %s%n", RESIDENTS, ra.done() + rb.done(), afterKill,
                conflicts, failures);

        // While the cluster decides the node is gone (2-3 s) it holds every commit; a request that waits longer than
        // the pool's 3 s for a connection meanwhile is told to try again shortly. Nothing else may go wrong.
        failures.keySet().forEach(k -> assertTrue(k.equals("503 try-again-page"),
                "every request was answered as asked, or told to try again while the cluster changed: " + failures));
        assertTrue(afterKill > RESIDENTS, "both instances kept serving after the node was lost: " + afterKill);
        assertTrue(conflicts > 0, "backing one idea through two nodes at once conflicted in the cluster");
        for (DebianMariaDb node : nodes.subList(1, 3)) {
            try (Connection c = node.connect()) {
                long rows = scalar(c, "SELECT COUNT(*) FROM backing WHERE idea_id = " + ideaId);
                assertEquals(before + ra.holding() + rb.holding(), rows,
                        "every acknowledged backing is held, nothing twice, on node " + node.port);
                assertEquals(ra.holding(), scalar(c, "SELECT COUNT(*) FROM backing b JOIN person p ON p.id = "
                        + "b.person_id WHERE b.idea_id = " + ideaId + " AND p.email IN (" + ra.emails() + ")"),
                        "those who acted through instance A hold what they were told, on node " + node.port);
                assertEquals(rows, scalar(c, "SELECT backing_count FROM idea WHERE id = " + ideaId),
                        "the counter equals the rows on node " + node.port);
            }
        }
    }

    /** Transactions this node aborted for a conflict with another node's (certification failures, brute-force aborts). */
    private static long conflicts(DebianMariaDb node) {
        return Long.parseLong(node.query("SHOW GLOBAL STATUS LIKE 'wsrep_local_cert_failures'"))
                + Long.parseLong(node.query("SHOW GLOBAL STATUS LIKE 'wsrep_local_bf_aborts'"));
    }

    private PackagedApp start(String name, int... ports) {
        StringBuilder hosts = new StringBuilder();
        for (int p : ports) {
            hosts.append(hosts.length() == 0 ? "" : ",").append("127.0.0.1:").append(p);
        }
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://" + hosts + "/cyd?failOverReadOnly=false",
                "QUARKUS_DATASOURCE_USERNAME", DebianMariaDb.USER, "QUARKUS_DATASOURCE_PASSWORD", DebianMariaDb.PASSWORD,
                "CYD_SESSION_SECRET", "one key for the whole fleet, more than thirty-two characters",
                "CYD_SEARCH_INDEX_DIR", root.resolve(name + "-search").toString()));
        PackagedApp app = PackagedApp.launch(root.resolve(name), env, name);
        apps.add(app);
        return app;
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
