// The Neo4j store's schema. Applied by Graph.Store.Neo4j at start-up, one statement at a time, in file order;
// every statement is idempotent (IF NOT EXISTS) and Community-compatible (no NODE KEY, existence or type constraints).
// A test keeps the per-type lists below equal to graph-schema/ontology.json: add a line here when a type is added there.

// Entities: one node per id whatever its type; MERGE always matches on :Entity(id), so this constraint is what makes
// concurrent upserts safe and what every lookup by id seeks on.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
// A merged-away entity id and the id it was folded into, so a later ingest lands on the kept entity.
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:MergedId) REQUIRE n.id IS UNIQUE;

// Per entity type (type labels are added after the :Entity MERGE): an id is unique within its type too.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:`Person`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:`Organization`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT movement_id IF NOT EXISTS FOR (n:`Movement`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:`Place`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:`Concept`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT work_id IF NOT EXISTS FOR (n:`Work`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:`Event`) REQUIRE n.id IS UNIQUE;

// Prefix search over folded names and aliases (range indexes serve STARTS WITH), stats and timeline filters.
CREATE RANGE INDEX entity_name_folded IF NOT EXISTS FOR (n:Entity) ON (n.nameFolded);
CREATE RANGE INDEX alias_folded IF NOT EXISTS FOR (n:Alias) ON (n.folded);
CREATE RANGE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE RANGE INDEX entity_event_type IF NOT EXISTS FOR (n:Entity) ON (n.eventType);
CREATE RANGE INDEX entity_date IF NOT EXISTS FOR (n:Entity) ON (n.dateEarliest);

// Evidence nodes are read by relation (evidence lists, re-scoring) and deleted by document (re-apply, delete).
CREATE RANGE INDEX evidence_relation IF NOT EXISTS FOR (n:Evidence) ON (n.relationId);
CREATE RANGE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.documentId);
CREATE RANGE INDEX merged_kept IF NOT EXISTS FOR (n:MergedId) ON (n.keptId);

// Relations are looked up by id within their type (relationship indexes are per type; uniqueness on relationships is Enterprise-only).
CREATE RANGE INDEX rel_member_of_id IF NOT EXISTS FOR ()-[r:`MEMBER_OF`]-() ON (r.id);
CREATE RANGE INDEX rel_leads_id IF NOT EXISTS FOR ()-[r:`LEADS`]-() ON (r.id);
CREATE RANGE INDEX rel_advised_id IF NOT EXISTS FOR ()-[r:`ADVISED`]-() ON (r.id);
CREATE RANGE INDEX rel_authored_id IF NOT EXISTS FOR ()-[r:`AUTHORED`]-() ON (r.id);
CREATE RANGE INDEX rel_published_by_id IF NOT EXISTS FOR ()-[r:`PUBLISHED_BY`]-() ON (r.id);
CREATE RANGE INDEX rel_about_id IF NOT EXISTS FOR ()-[r:`ABOUT`]-() ON (r.id);
CREATE RANGE INDEX rel_interviewed_id IF NOT EXISTS FOR ()-[r:`INTERVIEWED`]-() ON (r.id);
CREATE RANGE INDEX rel_participated_in_id IF NOT EXISTS FOR ()-[r:`PARTICIPATED_IN`]-() ON (r.id);
CREATE RANGE INDEX rel_occurred_in_id IF NOT EXISTS FOR ()-[r:`OCCURRED_IN`]-() ON (r.id);
CREATE RANGE INDEX rel_located_in_id IF NOT EXISTS FOR ()-[r:`LOCATED_IN`]-() ON (r.id);
CREATE RANGE INDEX rel_part_of_id IF NOT EXISTS FOR ()-[r:`PART_OF`]-() ON (r.id);
CREATE RANGE INDEX rel_opposed_id IF NOT EXISTS FOR ()-[r:`OPPOSED`]-() ON (r.id);
CREATE RANGE INDEX rel_supported_id IF NOT EXISTS FOR ()-[r:`SUPPORTED`]-() ON (r.id);
CREATE RANGE INDEX rel_allied_with_id IF NOT EXISTS FOR ()-[r:`ALLIED_WITH`]-() ON (r.id);
CREATE RANGE INDEX rel_from_id IF NOT EXISTS FOR ()-[r:`FROM`]-() ON (r.id);
CREATE RANGE INDEX rel_affected_id IF NOT EXISTS FOR ()-[r:`AFFECTED`]-() ON (r.id);
CREATE RANGE INDEX rel_mentioned_with_id IF NOT EXISTS FOR ()-[r:`MENTIONED_WITH`]-() ON (r.id);

// Full-text search over names, aliases (joined into one string: list properties are not indexed by every 5.x release)
// and descriptions. 'standard-folding' folds accents, so "cerda" finds "Cerdá" as the SQLite store's FTS5 does.
// Not eventually consistent: a search right after a write sees it.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
