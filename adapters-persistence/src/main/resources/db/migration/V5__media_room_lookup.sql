-- Media-server webhooks name a call by its media room (the OpenVidu session id): find it without a scan.
CREATE INDEX ix_video_call_sessions_media_room ON video_call_sessions (media_room_id);
