namespace Stemma.Storage;

/// <summary>
/// The store's schema as a list of migrations: migration <c>n</c> takes a store from version <c>n</c> to
/// <c>n + 1</c>. A store records its version in <c>meta</c>; opening it applies the missing migrations in one
/// transaction each. A store newer than this program is refused rather than guessed at.
/// </summary>
internal static class StoreSchema
{
    public static readonly string[] Migrations =
    [
        // 0 → 1: articles, their sentences and sketches, stories, alignments and provenance edges.
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            first_published TEXT,
            last_published TEXT,
            dirty INTEGER NOT NULL DEFAULT 1,
            updated TEXT NOT NULL);
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            file TEXT NOT NULL,
            line INTEGER,
            format INTEGER NOT NULL,
            body_start INTEGER NOT NULL,
            title TEXT,
            source TEXT,
            url TEXT,
            published TEXT,
            original_hash TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            original TEXT NOT NULL,
            clean TEXT NOT NULL,
            story_id INTEGER NOT NULL REFERENCES stories(id),
            story_score REAL NOT NULL,
            features BLOB NOT NULL,
            ingested TEXT NOT NULL);
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_name ON articles(name);
        CREATE TABLE sentences (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            original_offset INTEGER NOT NULL,
            original_length INTEGER NOT NULL,
            sketch BLOB NOT NULL,
            PRIMARY KEY (article_id, ordinal)) WITHOUT ROWID;
        CREATE TABLE alignments (
            story_id INTEGER NOT NULL REFERENCES stories(id),
            target_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            verdict TEXT NOT NULL,
            coverage REAL NOT NULL,
            passages TEXT NOT NULL,
            PRIMARY KEY (target_id, source_id)) WITHOUT ROWID;
        CREATE INDEX alignments_story ON alignments(story_id);
        CREATE TABLE edges (
            story_id INTEGER NOT NULL REFERENCES stories(id),
            source_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            target_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            verdict TEXT NOT NULL,
            coverage REAL NOT NULL,
            reasons TEXT NOT NULL,
            PRIMARY KEY (story_id, source_id, target_id)) WITHOUT ROWID;
        """,

        // Full-text search over articles' titles and clean text (the web UI's stories page), an FTS5 index
        // kept by triggers so every writer keeps it current; 'rebuild' fills it for articles already stored.
        """
        CREATE VIRTUAL TABLE articles_search USING fts5(title, clean, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_search (rowid, title, clean) VALUES (new.id, new.title, new.clean);
        END;
        CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_search (articles_search, rowid, title, clean) VALUES ('delete', old.id, old.title, old.clean);
        END;
        CREATE TRIGGER articles_search_update AFTER UPDATE OF title, clean ON articles BEGIN
            INSERT INTO articles_search (articles_search, rowid, title, clean) VALUES ('delete', old.id, old.title, old.clean);
            INSERT INTO articles_search (rowid, title, clean) VALUES (new.id, new.title, new.clean);
        END;
        INSERT INTO articles_search (articles_search) VALUES ('rebuild');
        """,

        // Ingest's story index (issue 15): each term's document frequency, kept with the articles so an ingest
        // into a large store starts without reading every article. Filled from the articles on first use
        // (meta 'term_frequencies' = 'complete' once it matches them).
        """
        CREATE TABLE term_frequencies (term INTEGER PRIMARY KEY, documents INTEGER NOT NULL);
        """,

        // Sentence embeddings (issue 13, --embeddings): one vector per model and sentence text (its stable
        // 64-bit hash), a signed byte per dimension times a scale, so re-analysis never embeds a sentence again.
        """
        CREATE TABLE sentence_embeddings (
            model TEXT NOT NULL,
            text_hash INTEGER NOT NULL,
            scale REAL NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY (model, text_hash)) WITHOUT ROWID;
        """,

        // Ingest feeds the search index one statement per batch (issue 15): row by row, FTS5 flushed its pending
        // terms for every article and merged the small segments, half of the writer's CPU. The insert trigger
        // stands aside only while a transaction holds meta 'search_fed_by_writer' (never committed), so every
        // other writer, and other programs, still keep the index current row by row.
        """
        DROP TRIGGER articles_search_insert;
        CREATE TRIGGER articles_search_insert AFTER INSERT ON articles
        WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_fed_by_writer') BEGIN
            INSERT INTO articles_search (rowid, title, clean) VALUES (new.id, new.title, new.clean);
        END;
        """,

        // An article's sentences as one row (issue 15): a row per sentence cost ingest one statement for each
        // sentence, a fifth of its writer's CPU. Articles stored before keep their rows in 'sentences'.
        """
        CREATE TABLE article_sentences (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            sentences BLOB NOT NULL);
        """,
    ];

    /// <summary>The version a store has once every migration has run.</summary>
    public static int Current => Migrations.Length;
}
