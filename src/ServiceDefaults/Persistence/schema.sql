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
