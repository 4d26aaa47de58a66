-- The engine reads one service's queued work on every pass; without this index that was a table scan,
-- which made a pass over N queued services cost O(N^2).
CREATE INDEX ix_pending_work_service ON pending_work(service_id, id);
