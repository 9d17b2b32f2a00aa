-- A segment closes with REMOVED when its person stops being an active member of the study during the call
-- (SPEC §3: only active members use a study's calls).
ALTER TABLE attendance_segments DROP CONSTRAINT ck_attendance_segments_leave_reason;
ALTER TABLE attendance_segments ADD CONSTRAINT ck_attendance_segments_leave_reason CHECK (
    leave_reason IN ('LEFT', 'DISCONNECTED', 'KICKED', 'SESSION_ENDED', 'REAPED', 'REMOVED'));
