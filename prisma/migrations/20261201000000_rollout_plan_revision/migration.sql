-- One counter for "what the manifest would answer has changed": every write to rings, deployments,
-- their stages or the component baselines bumps it in the same transaction. Every manifest answer
-- reads it together with the device's pin and exposures, so a plan cached by one instance is never
-- used after another instance changed it, and recording an exposure takes a share lock on it, so an
-- offer decided on an older plan is never recorded after a pause has committed.
CREATE TABLE rollout_plan_revision (
  id       smallint PRIMARY KEY CHECK (id = 1),
  revision bigint NOT NULL
);
INSERT INTO rollout_plan_revision (id, revision) VALUES (1, 1);

CREATE FUNCTION bump_rollout_plan_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE rollout_plan_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER rings_plan_revision AFTER INSERT OR UPDATE OR DELETE ON rings
  FOR EACH STATEMENT EXECUTE FUNCTION bump_rollout_plan_revision();
CREATE TRIGGER deployments_plan_revision AFTER INSERT OR UPDATE OR DELETE ON deployments
  FOR EACH STATEMENT EXECUTE FUNCTION bump_rollout_plan_revision();
CREATE TRIGGER deployment_stages_plan_revision AFTER INSERT OR UPDATE OR DELETE ON deployment_stages
  FOR EACH STATEMENT EXECUTE FUNCTION bump_rollout_plan_revision();
CREATE TRIGGER component_baselines_plan_revision AFTER INSERT OR UPDATE OR DELETE ON component_baselines
  FOR EACH STATEMENT EXECUTE FUNCTION bump_rollout_plan_revision();
