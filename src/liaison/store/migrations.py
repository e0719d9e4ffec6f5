"""Schema migrations, applied in order and recorded in ``schema_migrations``."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "initial schema",
        """
        CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, origin VARCHAR,
            title VARCHAR, source VARCHAR, url VARCHAR, language VARCHAR,
            published VARCHAR, published_precision VARCHAR, published_start INTEGER, published_end INTEGER,
            text VARCHAR, extractor_version VARCHAR, built_at TIMESTAMP DEFAULT current_timestamp);
        CREATE TABLE extractions (doc_id VARCHAR PRIMARY KEY, frames JSON NOT NULL);
        CREATE TABLE persons (
            person_id VARCHAR NOT NULL, name VARCHAR NOT NULL, native VARCHAR,
            aliases VARCHAR[], country VARCHAR);
        CREATE TABLE orgs (
            org_id VARCHAR NOT NULL, name VARCHAR NOT NULL, abbr VARCHAR, kind VARCHAR,
            country VARCHAR, aliases VARCHAR[], parent VARCHAR, partyfacts_id INTEGER);
        CREATE TABLE events (
            event_id VARCHAR NOT NULL, kind VARCHAR, date VARCHAR, date_precision VARCHAR,
            date_source VARCHAR, location VARCHAR, remote BOOLEAN, channel VARCHAR[], topics VARCHAR[]);
        CREATE TABLE event_documents (
            event_id VARCHAR, doc_id VARCHAR, frame_index INTEGER, evidence JSON);
        CREATE TABLE participants (
            event_id VARCHAR, person_id VARCHAR, doc_id VARCHAR, name VARCHAR, native VARCHAR,
            title VARCHAR, organization_id VARCHAR, organization VARCHAR, country VARCHAR,
            lead BOOLEAN, ordinal INTEGER, evidence JSON);
        CREATE TABLE event_parties (event_id VARCHAR, org_id VARCHAR, ordinal INTEGER);
        CREATE TABLE positions (
            person_id VARCHAR, title VARCHAR, organization VARCHAR,
            first_seen VARCHAR, last_seen VARCHAR, evidence JSON);
        CREATE TABLE match_decisions (
            left_id VARCHAR, right_id VARCHAR, score DOUBLE, features JSON, merged BOOLEAN);
        CREATE SEQUENCE judgement_seq START 1;
        CREATE TABLE judgements (
            judgement_id INTEGER PRIMARY KEY DEFAULT nextval('judgement_seq'),
            left_id VARCHAR NOT NULL, right_id VARCHAR NOT NULL, same BOOLEAN NOT NULL,
            author VARCHAR, created TIMESTAMP DEFAULT current_timestamp, score DOUBLE, undoes INTEGER);
        CREATE TABLE skipped (origin VARCHAR, reason VARCHAR, seen_at TIMESTAMP DEFAULT current_timestamp);
        CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
        CREATE TABLE builds (
            started TIMESTAMP, finished TIMESTAMP, added INTEGER, updated INTEGER,
            unchanged INTEGER, skipped INTEGER, events INTEGER);
        """,
    ),
    (
        2,
        "party facts reference parties and their links to gazetteer parties",
        """
        CREATE TABLE partyfacts (
            partyfacts_id INTEGER PRIMARY KEY, country VARCHAR NOT NULL, name_short VARCHAR,
            name VARCHAR, name_english VARCHAR, name_other VARCHAR, year_first INTEGER,
            year_last INTEGER, technical VARCHAR, wikipedia VARCHAR);
        CREATE TABLE partyfacts_links (org_id VARCHAR PRIMARY KEY, partyfacts_id INTEGER, method VARCHAR);
        """,
    ),
    (
        3,
        "event confidence",
        "ALTER TABLE events ADD COLUMN confidence DOUBLE DEFAULT 1.0;",
    ),
    (
        4,
        "skipped inputs and notes recorded once per input and reason",
        """
        CREATE TABLE skipped_v3 (
            key VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL DEFAULT 'skipped', origin VARCHAR, reason VARCHAR,
            seen_at TIMESTAMP DEFAULT current_timestamp);
        INSERT INTO skipped_v3 (key, kind, origin, reason, seen_at)
            SELECT md5('skipped' || chr(31) || origin || chr(31) || reason), 'skipped', origin, reason, min(seen_at)
            FROM skipped WHERE origin IS NOT NULL AND reason IS NOT NULL GROUP BY origin, reason;
        DROP TABLE skipped;
        ALTER TABLE skipped_v3 RENAME TO skipped;
        """,
    ),
    (
        5,
        "how each person's Latin-script name was obtained",
        """
        ALTER TABLE persons ADD COLUMN name_source VARCHAR;
        ALTER TABLE participants ADD COLUMN name_source VARCHAR;
        """,
    ),
    (
        6,
        "documents the triage turned away, with the fingerprint of the triage that did",
        "ALTER TABLE documents ADD COLUMN triage VARCHAR;",
    ),
    (
        7,
        "resolution kept by block: units, their links and frames, so a build re-resolves only what it touches",
        """
        CREATE TABLE resolve_units (
            doc_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, block VARCHAR NOT NULL, person_id VARCHAR,
            auto_id VARCHAR, key_id VARCHAR, links VARCHAR[], mentions JSON, unit JSON, titles JSON);
        CREATE TABLE resolve_frames (doc_id VARCHAR NOT NULL, frame_index INTEGER NOT NULL, part VARCHAR NOT NULL,
            spans JSON);
        CREATE TABLE resolve_pending (doc_id VARCHAR PRIMARY KEY);
        ALTER TABLE persons ADD COLUMN block VARCHAR;
        ALTER TABLE positions ADD COLUMN block VARCHAR;
        ALTER TABLE match_decisions ADD COLUMN block VARCHAR;
        ALTER TABLE events ADD COLUMN part VARCHAR;
        """,
    ),
    (
        8,
        "the title and text (lower case) of the documents that report events, for text search",
        """
        CREATE TABLE event_texts (doc_id VARCHAR PRIMARY KEY, folded VARCHAR);
        INSERT INTO event_texts SELECT doc_id, lower(coalesce(title, '') || chr(10) || coalesce(text, ''))
            FROM documents WHERE doc_id IN (SELECT doc_id FROM event_documents);
        """,
    ),
    (
        9,
        "the scores of candidate pairs of units kept, so a build scores only pairs touching new units",
        """
        CREATE TABLE resolve_pairs (left_doc VARCHAR NOT NULL, left_ordinal INTEGER NOT NULL,
            right_doc VARCHAR NOT NULL, right_ordinal INTEGER NOT NULL, score DOUBLE, relation VARCHAR,
            features VARCHAR);
        """,
    ),
)
