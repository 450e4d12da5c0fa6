package cyd.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

import cyd.content.SearchChanges;
import cyd.search.SearchService.Filters;
import cyd.search.SearchService.Kind;
import cyd.web.Settings;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * This instance's own word index of every shown idea and approved initiative (Apache Lucene, on local disk), kept up to
 * date from {@code search_change}: a change made through any instance is found by this one's next search, which first
 * applies what it has not seen. Until the index is built (a new instance, or one made from another database), and
 * whenever it is far behind, {@link #find} answers empty and search asks the database instead. The database stays the
 * truth: what the index finds is read from it again with every rule of what residents may see.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** More changes than this not yet applied: search asks the database while the index catches up behind it. */
    static final int BEHIND_MAX = 2_000;
    /** A change numbered but not yet seen is looked for this long (its transaction may still be committing). */
    static final long GAP_WAIT_MS = 60_000;
    private static final int BATCH = 2_000;
    private static final String USER_DATABASE = "cyd.database";
    private static final String USER_CHANGE = "cyd.change";
    private static final String USER_FORMAT = "cyd.format";
    /** What the documents hold; an index made with another is built again. */
    private static final String FORMAT = "2";

    /** Words as Cyd compares them: split as Unicode says, lower case, accents folded (tŷ and ty, café and cafe). */
    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    /** One thing found, best first. */
    public record Found(Kind kind, long id, double score) {
    }

    @Inject
    AgroalDataSource db;

    @Inject
    Settings settings;

    private final ReentrantLock applying = new ReentrantLock();
    private volatile boolean ready;
    private volatile boolean closing;
    private volatile boolean paused;
    private IndexWriter writer;
    private SearcherManager searchers;
    private String databaseId;
    /** Every change up to this one has been applied, except those waiting in {@link #gaps}. */
    private volatile long applied;
    /** Changes numbered below {@link #applied} not yet seen, with when they were first missed. */
    private final TreeMap<Long, Long> gaps = new TreeMap<>();
    private boolean uncommitted;

    void open(@Observes StartupEvent start) {
        Path dir = Path.of(settings.search().indexDir().orElse("data/search"));
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            try {
                writer = writer(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                throw e;
            } catch (IOException e) {
                // Only made from the database: a damaged one is started afresh and built again.
                LOG.warnf("Search index in %s cannot be read (%s): making it again", dir.toAbsolutePath(), e.getMessage());
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
                writer = writer(directory, IndexWriterConfig.OpenMode.CREATE);
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Search index in %s cannot be opened (%s): search asks the database. Each instance needs a folder "
                    + "of its own (cyd.search.index-dir).", dir.toAbsolutePath(), e.getMessage());
            return;
        }
        Thread t = new Thread(this::prepare, "search-index-prepare");
        t.setDaemon(true);
        t.start();
    }

    private static IndexWriter writer(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(ANALYZER).setOpenMode(mode).setRAMBufferSizeMB(32));
    }

    void close(@Observes ShutdownEvent stop) {
        ready = false;
        closing = true;
        applying.lock();
        try {
            if (writer != null) {
                searchers.close();
                writer.close();
                writer = null;
            }
        } catch (IOException e) {
            LOG.warnf("Search index not closed cleanly (%s); it is caught up again on the next start", e.getMessage());
        } finally {
            applying.unlock();
        }
    }

    /** Builds the index if it is new or from another database; otherwise catches up. Runs once, off the start-up path. */
    private void prepare() {
        applying.lock();
        try {
            if (writer == null) {
                return;
            }
            databaseId = scalarString("SELECT database_id FROM search_state WHERE id = 1");
            long latest = latestChange();
            Map<String, String> user = new HashMap<>();
            if (DirectoryReader.indexExists(writer.getDirectory())) {
                try (DirectoryReader r = DirectoryReader.open(writer.getDirectory())) {
                    r.getIndexCommit().getUserData().forEach(user::put);
                }
            }
            long from = Long.parseLong(user.getOrDefault(USER_CHANGE, "-1"));
            if (!databaseId.equals(user.get(USER_DATABASE)) || !FORMAT.equals(user.get(USER_FORMAT)) || from < 0
                    || from > latest) {
                rebuild(latest);
            } else {
                applied = from;
            }
            ready = true;
            catchUp();
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warnf(e, "Search index not ready: search asks the database");
        } finally {
            applying.unlock();
        }
    }

    /** Every shown idea and approved initiative, read in keyset order; changes from {@code latest} on are applied after. */
    private void rebuild(long latest) throws SQLException, IOException {
        long started = System.nanoTime();
        LOG.info("Search index: building it from the database (search asks the database until it is built)");
        writer.deleteAll();
        int n;
        try (Connection c = db.getConnection()) {
            n = addAll((after) -> ideas(c, "i.id > ? ORDER BY i.id LIMIT " + BATCH, after))
                    + addAll((after) -> initiatives(c, "n.id > ? ORDER BY n.id LIMIT " + BATCH, after));
        }
        // The last changes are applied again: one still committing when the latest was read is then not missed.
        applied = Math.max(0, latest - BATCH);
        gaps.clear();
        commit();
        searchers.maybeRefreshBlocking();
        LOG.infof("Search index built: %d ideas and initiatives in %d ms", n, (System.nanoTime() - started) / 1_000_000);
    }

    /** One batch of documents whose ids come after the one given. */
    private interface Batches {
        List<Document> after(long id) throws SQLException;
    }

    /** Adds every batch, in id order, until one comes back empty; says how many documents there were. */
    private int addAll(Batches batches) throws SQLException, IOException {
        int n = 0;
        long after = 0;
        while (true) {
            List<Document> docs = batches.after(after);
            if (closing) {
                throw new IOException("stopping before the index was built");
            }
            if (docs.isEmpty()) {
                return n;
            }
            for (Document d : docs) {
                writer.addDocument(d);
                after = d.getField("id").numericValue().longValue();
            }
            n += docs.size();
        }
    }

    /** Applies in the background what searches have not needed yet, and keeps the index's last commit recent. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "search-index")
    void tick() {
        if (!ready) {
            return;
        }
        applying.lock();
        try {
            if (ready) {
                catchUp();
                if (uncommitted) {
                    commit();
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warnf("Search index not brought up to date (%s); trying again", e.getMessage());
        } finally {
            applying.unlock();
        }
    }

    /** A week of changes is kept: an instance stopped longer than that rebuilds its index when it starts. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "search-change-prune")
    void prune() {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "DELETE FROM search_change WHERE created_at < NOW(3) - INTERVAL 7 DAY LIMIT 10000")) {
            while (s.executeUpdate() == 10_000) {
                // in slices, so no statement holds many locks
            }
        } catch (SQLException e) {
            LOG.warnf("Old search changes not deleted (%s)", e.getMessage());
        }
    }

    /**
     * What matches every word (each also as the start of a longer word) in this council, best first, at most
     * {@code limit}; empty when the index cannot answer and the database must.
     */
    public Optional<List<Found>> find(Long authorityId, List<String> words, Filters f, int limit) {
        if (!ready || paused) {
            return Optional.empty();
        }
        try {
            if (!upToDate()) {
                return Optional.empty();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                // Best first; among equals, in the order they were indexed. Ordering by score alone lets Lucene skip
                // whatever cannot reach the page.
                TopDocs top = searcher.search(query(authorityId, words, f), limit);
                List<Found> found = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = searcher.storedFields().document(sd.doc);
                    found.add(new Found("n".equals(d.get("kind")) ? Kind.INITIATIVE : Kind.IDEA,
                            d.getField("id").numericValue().longValue(), sd.score));
                }
                return Optional.of(found);
            } finally {
                searchers.release(searcher);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warnf("Search index could not answer (%s): asking the database", e.getMessage());
            return Optional.empty();
        }
    }

    /** Applies what has been committed since; false if that is more than a search should wait for. */
    private boolean upToDate() throws SQLException, IOException {
        long latest = latestChange();
        synchronized (gaps) {
            if (latest <= applied && gaps.isEmpty()) {
                return true;
            }
        }
        if (latest - applied > BEHIND_MAX) {
            return false;
        }
        if (latest <= applied) {
            // Only changes seen missing: looked for again if nobody else is doing so, never waited for.
            if (applying.tryLock()) {
                try {
                    catchUp();
                } finally {
                    applying.unlock();
                }
            }
            return true;
        }
        applying.lock();
        try {
            return ready && catchUp();
        } finally {
            applying.unlock();
        }
    }

    /** Applies every change not yet applied (and any seen missing, in case it has now committed). Under the lock. */
    private boolean catchUp() throws SQLException, IOException {
        boolean changed = false;
        try (Connection c = db.getConnection()) {
            while (true) {
                List<long[]> rows = new ArrayList<>();
                List<Long> waiting;
                synchronized (gaps) {
                    long now = System.currentTimeMillis();
                    gaps.values().removeIf(since -> now - since > GAP_WAIT_MS);
                    waiting = List.copyOf(gaps.keySet());
                }
                String sql = "SELECT id, kind, item_id FROM search_change WHERE id > ?"
                        + (waiting.isEmpty() ? "" : " OR id IN (" + placeholders(waiting.size()) + ")")
                        + " ORDER BY id LIMIT " + BATCH;
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, applied);
                    for (int k = 0; k < waiting.size(); k++) {
                        s.setLong(k + 2, waiting.get(k));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(new long[] { r.getLong(1), r.getString(2).charAt(0), r.getLong(3) });
                        }
                    }
                }
                long before = applied;
                boolean anyNew = false;
                Set<Long> ideaIds = new LinkedHashSet<>();
                Set<Long> initiativeIds = new LinkedHashSet<>();
                synchronized (gaps) {
                    long next = applied;
                    long now = System.currentTimeMillis();
                    for (long[] row : rows) {
                        long id = row[0];
                        gaps.remove(id);
                        if (id > next) {
                            // Numbered but not here: a transaction still committing, or one rolled back.
                            for (long missing = next + 1; missing < id && id - next <= BATCH; missing++) {
                                gaps.putIfAbsent(missing, now);
                            }
                            next = id;
                            anyNew = true;
                        }
                        (row[1] == SearchChanges.INITIATIVE ? initiativeIds : ideaIds).add(row[2]);
                    }
                    applied = next;
                }
                if (!ideaIds.isEmpty() || !initiativeIds.isEmpty()) {
                    apply(c, ideaIds, initiativeIds);
                    changed = true;
                }
                if (!anyNew || applied == before || rows.size() < BATCH) {
                    break;
                }
            }
        }
        if (changed) {
            uncommitted = true;
            searchers.maybeRefreshBlocking();
        }
        return true;
    }

    /** Each item as the database has it now: indexed if residents may find it, removed if not. */
    private void apply(Connection c, Set<Long> ideaIds, Set<Long> initiativeIds) throws SQLException, IOException {
        for (List<Long> part : slices(ideaIds)) {
            List<Document> docs = ideas(c, "i.id IN (" + placeholders(part.size()) + ")", part.toArray());
            replace(SearchChanges.IDEA, part, docs);
        }
        for (List<Long> part : slices(initiativeIds)) {
            List<Document> docs = initiatives(c, "n.id IN (" + placeholders(part.size()) + ")", part.toArray());
            replace(SearchChanges.INITIATIVE, part, docs);
        }
    }

    private void replace(char kind, List<Long> ids, List<Document> docs) throws IOException {
        Set<Long> present = new LinkedHashSet<>();
        for (Document d : docs) {
            long id = d.getField("id").numericValue().longValue();
            present.add(id);
            writer.updateDocument(new Term("key", key(kind, id)), d);
        }
        for (Long id : ids) {
            if (!present.contains(id)) {
                writer.deleteDocuments(new Term("key", key(kind, id)));
            }
        }
    }

    private List<Document> ideas(Connection c, String where, Object... params) throws SQLException {
        String sql = "SELECT i.id, p.authority_id, i.prompt_id, i.area_id, i.status, i.title, i.description "
                + "FROM idea i JOIN prompt p ON p.id = i.prompt_id WHERE i.visibility = 'SHOWN' AND " + where;
        List<Document> docs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Document d = doc(SearchChanges.IDEA, r.getLong(1), r.getLong(2), (Long) r.getObject(4, Long.class),
                            r.getString(6), r.getString(7));
                    d.add(new StringField("prompt", Long.toString(r.getLong(3)), Field.Store.NO));
                    d.add(new StringField("status", r.getString(5), Field.Store.NO));
                    docs.add(d);
                }
            }
        }
        return docs;
    }

    private List<Document> initiatives(Connection c, String where, Object... params) throws SQLException {
        String sql = "SELECT n.id, n.authority_id, n.area_id, n.title, n.description FROM initiative n "
                + "WHERE n.approval = 'APPROVED' AND " + where;
        List<Document> docs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    docs.add(doc(SearchChanges.INITIATIVE, r.getLong(1), r.getLong(2), (Long) r.getObject(3, Long.class),
                            r.getString(4), r.getString(5)));
                }
            }
        }
        return docs;
    }

    private static Document doc(char kind, long id, long authorityId, Long areaId, String title, String text) {
        Document d = new Document();
        d.add(new StringField("key", key(kind, id), Field.Store.NO));
        d.add(new StringField("kind", String.valueOf(kind), Field.Store.YES));
        d.add(new StoredField("id", id));
        d.add(new StringField("council", Long.toString(authorityId), Field.Store.NO));
        if (areaId != null) {
            d.add(new StringField("area", areaId.toString(), Field.Store.NO));
        }
        d.add(new TextField("title", title == null ? "" : title, Field.Store.NO));
        d.add(new TextField("text", text == null ? "" : text, Field.Store.NO));
        d.add(new TextField("all", (title == null ? "" : title) + "\n" + (text == null ? "" : text), Field.Store.NO));
        return d;
    }

    /**
     * Every word required, in the title or the text, each also as the start of a longer word (in "all", the two
     * together); a whole word adds to the score as BM25 weighs it, three times as much in the title.
     */
    static Query query(Long authorityId, List<String> words, Filters f) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term("council", authorityId.toString())), Occur.FILTER);
        if (f.kind() != null) {
            q.add(new TermQuery(new Term("kind", f.kind() == Kind.INITIATIVE ? "n" : "i")), Occur.FILTER);
        }
        if (f.areaId() != null) {
            q.add(new TermQuery(new Term("area", f.areaId().toString())), Occur.FILTER);
        }
        if (f.promptId() != null) {
            q.add(new TermQuery(new Term("prompt", f.promptId().toString())), Occur.FILTER);
        }
        if (f.ideaStatus() != null) {
            q.add(new TermQuery(new Term("status", f.ideaStatus())), Occur.FILTER);
        }
        for (String word : words) {
            BytesRef term = ANALYZER.normalize("all", word);
            q.add(new BoostQuery(new PrefixQuery(new Term("all", term)), 0.5f), Occur.MUST);
            q.add(new BoostQuery(new TermQuery(new Term("title", term)), 3f), Occur.SHOULD);
            q.add(new TermQuery(new Term("text", term)), Occur.SHOULD);
        }
        return q.build();
    }

    private void commit() throws IOException {
        long safe;
        synchronized (gaps) {
            safe = gaps.isEmpty() ? applied : gaps.firstKey() - 1;
        }
        writer.setLiveCommitData(Map.of(USER_DATABASE, databaseId, USER_FORMAT, FORMAT, USER_CHANGE, Long.toString(safe))
                .entrySet());
        writer.commit();
        uncommitted = false;
    }

    private long latestChange() throws SQLException {
        String v = scalarString("SELECT COALESCE(MAX(id), 0) FROM search_change");
        return Long.parseLong(v);
    }

    private String scalarString(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private static String key(char kind, long id) {
        return kind + Long.toString(id);
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int k = 0; k < params.length; k++) {
            s.setObject(k + 1, params[k]);
        }
    }

    private static List<List<Long>> slices(Set<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int k = 0; k < all.size(); k += 500) {
            out.add(all.subList(k, Math.min(all.size(), k + 500)));
        }
        return out;
    }

    /** For tests: whether the index answers searches yet. */
    boolean isReady() {
        return ready;
    }

    /** For tests: the index answers nothing while paused, as while it is being built. */
    void pause(boolean pause) {
        paused = pause;
    }
}
