-- Spring Modulith's JDBC event publication registry (2.1, PostgreSQL, schema v2): one row per event and
-- after-commit module listener, written in the publishing transaction and completed when the listener succeeds,
-- so a reaction that fails or is cut off by a crash stays on record and is published again.
create table event_publication
(
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
