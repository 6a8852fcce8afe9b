-- The system of record. Applied at every service start under an advisory lock, so it must stay
-- idempotent: add columns with "if not exists", never drop.

create table if not exists dossiers (
    dossier_id        text primary key,
    last_name         text not null,
    first_names       text not null,
    date_of_birth     date not null,
    nationality       char(3) not null,
    country_of_birth  char(3) not null,
    email             text not null,
    language          text not null check (language in ('fr', 'en')),
    rights_start_date date not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create table if not exists documents (
    document_id   uuid primary key,
    dossier_id    text not null references dossiers (dossier_id),
    type          text not null,
    file_name     text,
    content_type  text,
    size_bytes    bigint not null,
    sha256        text not null,
    status        text not null default 'processing',
    uploaded_at   timestamptz not null,
    decided_at    timestamptz
);
create index if not exists documents_dossier_idx on documents (dossier_id, uploaded_at);

-- Bytes live apart from the row so that listing documents never drags megabytes along.
create table if not exists document_contents (
    document_id uuid primary key references documents (document_id),
    content     bytea not null
);

-- One decision per document: the primary key is what makes a redelivered upload harmless.
create table if not exists decisions (
    document_id  uuid primary key references documents (document_id),
    decision     text not null,
    rule         text not null,
    reason_codes text[] not null,
    findings     jsonb not null,
    decided_by   text not null,
    decided_at   timestamptz not null
);

create table if not exists outbox (
    id           bigserial primary key,
    message_id   uuid not null unique,
    message_type text not null,
    payload      jsonb not null,
    trace_parent text,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index if not exists outbox_pending_idx on outbox (id) where published_at is null;

-- One row per e-mail a student should receive; the key is what makes a redelivered event harmless.
create table if not exists notifications (
    idempotency_key text primary key,
    document_id     uuid not null,
    dossier_id      text not null,
    kind            text not null,
    recipient       text not null,
    subject         text not null,
    status          text not null,
    attempts        int not null default 0,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);

-- The review console (src/Review). Agents sign in with a password (hashed, never stored) or,
-- when configured, through the organisation's identity provider (password_hash is then null).
create table if not exists review_agents (
    agent_id      uuid primary key,
    email         text not null unique,
    display_name  text not null,
    password_hash text,
    created_at    timestamptz not null default now()
);

-- One item per document: 'manual' when the machine was unsure, 'sample' when an automatic accept
-- was drawn to measure the machine's precision. The unique document is what makes a redelivered
-- event harmless. An item is available while open, or while claimed under a lease that has run out.
create table if not exists review_items (
    item_id                 uuid primary key,
    document_id             uuid not null unique references documents (document_id),
    dossier_id              text not null,
    document_type           text not null,
    kind                    text not null check (kind in ('manual', 'sample')),
    reason_codes            text[] not null,
    created_at              timestamptz not null,
    status                  text not null default 'open' check (status in ('open', 'claimed', 'resolved')),
    claimed_by              uuid references review_agents (agent_id),
    claimed_at              timestamptz,
    lease_until             timestamptz,
    resolved_by             uuid references review_agents (agent_id),
    resolution              text check (resolution in ('accepted', 'rejected')),
    resolution_reason_codes text[],
    comment                 text,
    resolved_at             timestamptz
);
create index if not exists review_items_queue_idx on review_items (created_at) where status <> 'resolved';
create index if not exists review_items_resolved_idx on review_items (resolved_at) where status = 'resolved';

-- Every action on an item, append-only: who (an agent, or 'machine' for the item's creation),
-- when, what, and the decision when there is one.
create table if not exists review_audit (
    id        bigserial primary key,
    item_id   uuid not null references review_items (item_id),
    agent_id  uuid references review_agents (agent_id),
    actor     text not null,
    action    text not null,
    decision  text,
    detail    text,
    at        timestamptz not null default now()
);
create index if not exists review_audit_item_idx on review_audit (item_id, id);

-- The review console's cookie and antiforgery keys, shared by all its instances and kept across
-- restarts, so a deploy neither signs agents out nor voids the form they are filling in.
create table if not exists review_data_protection_keys (
    friendly_name text primary key,
    xml           text not null,
    created_at    timestamptz not null default now()
);

-- ===== Notifications, reminders and the dossier lifecycle (src/Notification.Worker, src/Intake) =====

-- A dossier closes when two reminders brought no new upload; a new upload reopens it.
alter table dossiers add column if not exists closed_at timestamptz;

-- A document replaced while still processing: status 'superseded', pointing at its replacement.
alter table documents add column if not exists superseded_by uuid;
-- Duplicate and replacement lookups: the latest upload of a type in a dossier.
create index if not exists documents_dossier_type_idx on documents (dossier_id, type, uploaded_at);

-- The notification log doubles as the e-mail queue: a row is rendered and recorded 'pending' in the
-- transaction that consumed the event, then a dispatcher moves it pending → sending → sent. A row
-- found in 'sending' past its lease becomes 'in_doubt' and is never resent automatically.
-- 'failed' is a permanent refusal of the recipient. seq orders one student's e-mails.
create sequence if not exists notifications_seq;
alter table notifications add column if not exists seq bigint not null default nextval('notifications_seq');
alter table notifications add column if not exists document_type text;
alter table notifications add column if not exists language text;
alter table notifications add column if not exists reason_codes text[];
alter table notifications add column if not exists text_body text;
alter table notifications add column if not exists html_body text;
alter table notifications add column if not exists message_id text;
alter table notifications add column if not exists next_attempt_at timestamptz;
alter table notifications add column if not exists sending_since timestamptz;
alter table notifications add column if not exists last_error text;
create index if not exists notifications_pending_idx on notifications (seq) where status = 'pending';
create index if not exists notifications_dossier_idx on notifications (dossier_id, seq);
create index if not exists notifications_sending_idx on notifications (sending_since) where status = 'sending';

-- One reminder track per rejected document: stage is the next step (1 = first reminder,
-- 2 = second reminder, 3 = closure), due_at when it fires. Polled with SKIP LOCKED, so it survives
-- restarts and runs on any number of workers; a new upload of the type cancels it.
create table if not exists reminders (
    document_id   uuid primary key references documents (document_id),
    dossier_id    text not null,
    document_type text not null,
    reason_codes  text[] not null,
    stage         int not null check (stage between 1 and 3),
    due_at        timestamptz not null,
    status        text not null default 'pending' check (status in ('pending', 'done', 'cancelled')),
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index if not exists reminders_due_idx on reminders (due_at) where status = 'pending';
create index if not exists reminders_dossier_idx on reminders (dossier_id, document_type) where status = 'pending';

-- ===== Failure handling (src/Verification.Worker) =====

-- Why attempts at a document failed (the last error, and how often), kept so that the decision taken
-- when the broker dead-letters it can say why. A document that crashed the worker has no row.
create table if not exists processing_failures (
    document_id uuid primary key references documents (document_id),
    failures    int not null,
    last_error  text not null,
    updated_at  timestamptz not null
);
