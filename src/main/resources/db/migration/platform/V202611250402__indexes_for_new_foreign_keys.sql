-- See V202611250401: references to deletable rows are indexed by their own column.
create index download_events_file on download_events (file_id);
create index processing_objections_activity on processing_objections (activity_id);
