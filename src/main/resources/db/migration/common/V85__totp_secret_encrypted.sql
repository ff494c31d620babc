-- The authenticator app's secret is stored encrypted (issue 15; accounts.TotpSecrets): "{aes-gcm}" and the hex of
-- a 16-byte IV, the 32-character secret and a 16-byte tag, 137 characters; room for a longer secret. Secrets stored
-- plain before this version are encrypted by the application at its next start with a key (never by SQL, which
-- does not have the key).
alter table account alter column totp_secret set data type varchar(255);
