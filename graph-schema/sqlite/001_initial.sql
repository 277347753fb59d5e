-- The graph as SQLite tables. Dates are EDTF text plus the earliest and latest day they can mean,
-- as day numbers (days since 0001-01-01), so that sorting and period overlap are integer comparisons.

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    date          TEXT,
    date_earliest INTEGER,
    date_latest   INTEGER,
    source        TEXT,
    format        TEXT NOT NULL,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    -- A hash of the whole extraction: equal hashes mean a re-apply would change nothing.
    graph_hash    TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);

-- seq is an explicit INTEGER PRIMARY KEY so that VACUUM cannot renumber it: it is the full-text row id.
CREATE TABLE entities (
    seq                 INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    type                TEXT NOT NULL,
    name                TEXT NOT NULL,
    name_folded         TEXT NOT NULL,
    -- A curator's name or description (or a merge) wins over what documents say.
    name_curated        INTEGER NOT NULL DEFAULT 0,
    description         TEXT,
    description_curated INTEGER NOT NULL DEFAULT 0,
    external_id         TEXT,
    event_type          TEXT,
    date                TEXT,
    date_earliest       INTEGER,
    date_latest         INTEGER
);
CREATE INDEX entities_by_type ON entities(type);
CREATE INDEX entities_by_folded_name ON entities(name_folded);
CREATE INDEX events_by_date ON entities(date_earliest, id) WHERE event_type IS NOT NULL;

-- Surface forms; document_id is null for aliases a curator gave.
CREATE TABLE entity_aliases (
    entity_id    TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,
    alias_folded TEXT NOT NULL,
    document_id  TEXT REFERENCES documents(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX entity_aliases_unique ON entity_aliases(entity_id, alias, coalesce(document_id, ''));
CREATE INDEX entity_aliases_by_folded ON entity_aliases(alias_folded);
CREATE INDEX entity_aliases_by_document ON entity_aliases(document_id);

-- Which entities each document contributed and what it said of them. Deleting or replacing a document
-- collects the orphans; an entity's fields are those of its first contributing document (by id) that
-- gives them, so the graph does not depend on the order documents came in.
CREATE TABLE document_entities (
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id     TEXT NOT NULL REFERENCES entities(id),
    name          TEXT NOT NULL,
    name_folded   TEXT NOT NULL,
    description   TEXT,
    external_id   TEXT,
    event_type    TEXT,
    date          TEXT,
    date_earliest INTEGER,
    date_latest   INTEGER,
    PRIMARY KEY (entity_id, document_id)
) WITHOUT ROWID;
CREATE INDEX document_entities_by_document ON document_entities(document_id);

CREATE TABLE mentions (
    entity_id   TEXT NOT NULL REFERENCES entities(id),
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    method      TEXT NOT NULL,
    confidence  REAL NOT NULL
);
CREATE INDEX mentions_by_document ON mentions(document_id, start);
CREATE INDEX mentions_by_entity ON mentions(entity_id, document_id, start);

CREATE TABLE relations (
    id             TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    subject_id     TEXT NOT NULL REFERENCES entities(id),
    object_id      TEXT NOT NULL REFERENCES entities(id),
    role           TEXT,
    date           TEXT,
    date_earliest  INTEGER,
    date_latest    INTEGER,
    provenance     INTEGER NOT NULL,   -- 0 extracted, 1 curated
    status         INTEGER NOT NULL DEFAULT 0,
    status_note    TEXT,
    confidence     REAL NOT NULL DEFAULT 0,
    evidence_count INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX relations_by_subject ON relations(subject_id, type);
CREATE INDEX relations_by_object ON relations(object_id, type);
CREATE INDEX relations_by_type ON relations(type);

CREATE TABLE evidence (
    relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE ON UPDATE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    method      TEXT NOT NULL,
    confidence  REAL NOT NULL,
    -- The date this document gives the relation; the relation's date is its first document's (by id).
    relation_date          TEXT,
    relation_date_earliest INTEGER,
    relation_date_latest   INTEGER
);
CREATE INDEX evidence_by_relation ON evidence(relation_id, document_id, start);
CREATE INDEX evidence_by_document ON evidence(document_id);

-- A merge is remembered so that a later ingest naming the removed entity lands on the kept one.
CREATE TABLE entity_merges (
    removed_id TEXT PRIMARY KEY,
    kept_id    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX entity_merges_by_kept ON entity_merges(kept_id);

-- Full text over names, aliases and descriptions; rowid = entities.seq, kept in sync by the store.
CREATE VIRTUAL TABLE entity_fts USING fts5(name, aliases, description, tokenize = 'unicode61 remove_diacritics 2');
