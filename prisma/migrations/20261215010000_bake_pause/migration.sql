-- Time a deployment spends paused or halted does not count as bake: a stage's clock stands still
-- from `bake_paused_at` and the seconds it stood still add up in `bake_paused_sec` on resume.
ALTER TABLE deployment_stages ADD COLUMN bake_paused_at timestamptz(3);
ALTER TABLE deployment_stages ADD COLUMN bake_paused_sec integer NOT NULL DEFAULT 0;

-- Deployments paused or halted now stopped their clock at their last change, the closest record there is.
UPDATE deployment_stages s SET bake_paused_at = d.updated_at
  FROM deployments d
  WHERE s.deployment_id = d.id AND d.status IN ('paused', 'halted') AND s.status IN ('baking', 'blocked');
