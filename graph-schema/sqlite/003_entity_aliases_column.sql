-- Each entity's distinct aliases as a JSON array of text, sorted, kept by the store whenever it settles
-- the entity. entity_aliases keeps a row per alias per document (deleting a document needs to know which
-- aliases it gave); reading a page of entities, or refreshing full text, from this one column instead of
-- those rows costs one row per entity rather than hundreds for a well-known one.
ALTER TABLE entities ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
UPDATE entities SET aliases = (
    SELECT json_group_array(alias) FROM (SELECT DISTINCT a.alias FROM entity_aliases a WHERE a.entity_id = entities.id ORDER BY a.alias));
