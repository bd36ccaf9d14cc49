-- Which alerts each user has read, kept on the server so every browser of the account agrees.
-- A marker ("read up to" an outbox id; ids only grow) makes "mark all read" one row and the unread
-- count one range scan; individual reads cover an alert opened on its own above the marker, and are
-- dropped once the marker passes them. A user without a marker has read nothing raised before their
-- account existed (see server/queries/alertReads.ts).
CREATE TABLE alert_read_markers (
  user_id    uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  read_up_to bigint NOT NULL,
  updated_at timestamptz(3) NOT NULL
);

CREATE TABLE alert_reads (
  user_id   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  outbox_id bigint NOT NULL REFERENCES alert_outbox (id) ON DELETE CASCADE,
  read_at   timestamptz(3) NOT NULL,
  PRIMARY KEY (user_id, outbox_id)
);

CREATE INDEX alert_reads_outbox ON alert_reads (outbox_id);
