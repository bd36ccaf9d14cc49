-- The overview's crash-free trend reads the crashes of up to 90 days: a partial index holds only
-- crash events, so that read skips the heartbeats (most rows) and ingest pays only for crashes.
CREATE INDEX events_crash_ts_idx ON events (ts) WHERE type = 'crash';
