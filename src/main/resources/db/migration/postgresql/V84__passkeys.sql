-- Passkeys (WebAuthn) as a second factor (issue 15, item 1). The two tables are Spring Security's own schema for
-- JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository (binary columns are bytea here, one
-- file per database for that type alone), with one addition: user_entities.account_id ties the WebAuthn user
-- handle to the account, so the handle survives an email change and goes with the account. A credential goes with
-- its user entity. Only public keys are stored; a passkey's private key never leaves the member's device.
create table user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(320)  not null,
    display_name varchar(200),
    account_id   bigint references account (id) on delete cascade
);
create unique index ux_user_entities_name on user_entities (name);
create unique index ux_user_entities_account on user_entities (account_id);

create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index ix_user_credentials_user on user_credentials (user_entity_user_id);
