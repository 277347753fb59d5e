-- Indexes that no query needs cost every write. Checked with EXPLAIN QUERY PLAN against the store's queries:
-- relations_by_type and entities_by_type served only the statistics' GROUP BY type, which scans the table
-- just as well (and runs rarely); filters by relation type go through relations_by_subject/_object(…, type).
DROP INDEX IF EXISTS relations_by_type;
DROP INDEX IF EXISTS entities_by_type;
