-- Server-side sessions: a signed-in browser's JWT names its row (`sid`), and a request is served only
-- while that row is open, so ending a session (sign-out, password reset, disable) works on every app
-- instance at once. A row ends by `ended_at`; one past its lifetime is simply refused, and pruned at
-- the user's next sign-in.
CREATE TABLE user_sessions (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  signed_in_at timestamptz(3) NOT NULL,
  last_seen_at timestamptz(3) NOT NULL,
  ended_at     timestamptz(3),
  end_reason   text CHECK (end_reason IN ('signed_out', 'password_changed', 'disabled'))
);

CREATE INDEX user_sessions_user ON user_sessions (user_id);
