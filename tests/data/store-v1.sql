-- A Keyledger store as schema version 1 wrote it (frozen: never edit; it proves old stores open).
-- Hashes follow docs/hash-chain.md and were computed independently of the C++ code.
PRAGMA application_id = 1263289415;
PRAGMA user_version = 1;
BEGIN;
CREATE TABLE events (
    position        INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        TEXT    NOT NULL UNIQUE,
    stream_id       TEXT    NOT NULL,
    stream_version  INTEGER NOT NULL,
    event_type      TEXT    NOT NULL,
    schema_version  INTEGER NOT NULL,
    data            TEXT    NOT NULL,
    metadata        TEXT    NOT NULL,
    recorded_at     INTEGER NOT NULL,
    previous_hash   BLOB    NOT NULL,
    hash            BLOB    NOT NULL,
    UNIQUE (stream_id, stream_version)
);
CREATE TABLE unique_claims (
    scope      TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    stream_id  TEXT    NOT NULL,
    position   INTEGER NOT NULL REFERENCES events(position),
    PRIMARY KEY (scope, value)
) WITHOUT ROWID;
CREATE INDEX unique_claims_by_stream ON unique_claims(stream_id);
CREATE TABLE store_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO store_info VALUES('created_at','2024-06-10T06:13:20.000Z'),('created_by','Keyledger 0.0.1');
INSERT INTO events VALUES(1,'0190a1b2-0000-7000-8000-000000000001','user-0190a1b2-0000-7000-8000-0000000000aa',1,'UserCreated',1,'{"userId":"0190a1b2-0000-7000-8000-0000000000aa","organizationId":"acme","roles":["admin"],"enabled":true,"emailVerified":false,"personal":{"username":"ada","email":"ada@example.org","firstName":"Ada","lastName":"Lovelace"}}','{"actor":"fixture@tests","appVersion":"0.0.1","causationId":"c1","correlationId":"c1","host":"tests","source":"local"}',1718000000001,X'0000000000000000000000000000000000000000000000000000000000000000',X'21f902a83758252fc28b9b1ac6589676a5d5c556e1a83cb0a3b4c361df8b1f59');
INSERT INTO events VALUES(2,'0190a1b2-0000-7000-8000-000000000002','user-0190a1b2-0000-7000-8000-0000000000aa',2,'UserEmailVerified',1,'{}','{"actor":"fixture@tests","appVersion":"0.0.1","causationId":"c1","correlationId":"c1","host":"tests","source":"local"}',1718000000002,X'21f902a83758252fc28b9b1ac6589676a5d5c556e1a83cb0a3b4c361df8b1f59',X'846745ab930efbb06cd0ef686cb2f12ca7579626e290538dfdd944b0c73ddc00');
INSERT INTO events VALUES(3,'0190a1b2-0000-7000-8000-000000000003','user-0190a1b2-0000-7000-8000-0000000000aa',3,'UserUpdated',1,'{"changes":{"organizationId":{"before":"acme","after":"initech"}},"personal":{}}','{"actor":"fixture@tests","appVersion":"0.0.1","causationId":"c1","correlationId":"c1","host":"tests","source":"local"}',1718000000003,X'846745ab930efbb06cd0ef686cb2f12ca7579626e290538dfdd944b0c73ddc00',X'3f23bbab180acaedc93ca62396512d0994b3a5af77bdd90cbcc59ba5df6d8260');
INSERT INTO unique_claims VALUES('username','ada','user-0190a1b2-0000-7000-8000-0000000000aa',1);
INSERT INTO unique_claims VALUES('email','ada@example.org','user-0190a1b2-0000-7000-8000-0000000000aa',1);
COMMIT;
