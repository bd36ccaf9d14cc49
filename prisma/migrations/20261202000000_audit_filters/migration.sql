-- What an entry's target was called when it was written, so the log reads without looking ids up.
ALTER TABLE audit_log ADD COLUMN target_name text;

UPDATE audit_log a SET target_name = d.component || ' ' || d.version
  FROM deployments d WHERE a.target_type = 'deployment' AND a.target_id = d.id::text;
UPDATE audit_log a SET target_name = r.component || ' ' || r.version
  FROM releases r WHERE a.target_type = 'release' AND a.target_id = r.id::text;
UPDATE audit_log a SET target_name = n.kind || ' in ' || n.ring || ' (' || n.component || ' ' || n.version || ')'
  FROM anomalies n WHERE a.target_type = 'anomaly' AND a.target_id = n.id::text;
UPDATE audit_log SET target_name = after ->> 'name' WHERE target_type = 'ring';

-- One vocabulary for filtering: what happened to the target, in the past tense. Deployment entries
-- keep the operator's action verb (deployment.pause), which the actions endpoint and scripts use.
UPDATE audit_log SET action = CASE action
    WHEN 'release.create' THEN 'release.created'
    WHEN 'ring.create' THEN 'ring.created'
    WHEN 'ring.update' THEN 'ring.updated'
    WHEN 'anomaly.acknowledge' THEN 'anomaly.acknowledged'
    WHEN 'anomaly.resolve' THEN 'anomaly.resolved'
  END
  WHERE action IN ('release.create', 'ring.create', 'ring.update', 'anomaly.acknowledge', 'anomaly.resolve');

