-- Alert history reads: the in-app feed and retention look up deliveries by alert, and old alerts by time.
CREATE INDEX webhook_deliveries_outbox_idx ON webhook_deliveries (outbox_id);
CREATE INDEX alert_outbox_created_idx ON alert_outbox (created_at);
