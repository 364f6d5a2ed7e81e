<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>TranslationLoader</name>
    <message>
        <location filename="../app/core/TranslationLoader.cpp" line="+14"/>
        <source>English</source>
        <comment>The name of the language the interface is shown in, written in that language</comment>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>keyledger::CredentialStore</name>
    <message>
        <location filename="../model/credentials/CredentialStore.cpp" line="+35"/>
        <source>A keychain entry needs a non-empty key.</source>
        <translation>Une entrée du trousseau a besoin d’une clé non vide.</translation>
    </message>
</context>
<context>
    <name>keyledger::SchemaMigrator</name>
    <message>
        <location filename="../model/store/SchemaMigrator.cpp" line="+96"/>
        <source>%1 was written by a newer Keyledger (schema %2; this build knows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no Keyledger schema yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::SqliteConnection</name>
    <message>
        <location filename="../model/store/SqliteConnection.cpp" line="+39"/>
        <source>No Keyledger store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store %1 is read-only; Keyledger needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Keyledger store (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an SQLite database, but not a Keyledger store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The store %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store %1 is read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::SqliteEventStore</name>
    <message>
        <location filename="../model/store/SqliteEventStore.cpp" line="+81"/>
        <source>An event stream needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every event needs an id and a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Event %1 is already stored in another stream or twice in this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Event %1 is already stored in another stream, or only part of this request was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+182"/>
        <source>event at position %1 is missing (the next stored event is at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its previous-hash does not match the hash of the event before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its contents do not match its hash (the row was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>events %1 to %2 are missing from the end of the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserAggregate</name>
    <message>
        <location filename="../model/domain/UserAggregate.cpp" line="+124"/>
        <source>Event %1 of %2 is out of order (expected version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1 was deleted; a deleted user can only be viewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing to change: the profile already has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User %1 is already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User %1 is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Role %1 cannot be both added and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to change: the user already has these roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User %1 has no e-mail address to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail address of %1 is already verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User %1 has no e-mail address to send the reset link to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User %1 is disabled; Keycloak sends no e-mail to a disabled user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserValidator</name>
    <message>
        <location filename="../model/domain/UserValidator.cpp" line="+44"/>
        <source>A username is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The username must be 3 to 255 characters long (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The username contains an invisible control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username may not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The username may not contain the character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The e-mail address is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 contains an invisible control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 may not contain the character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organisation is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation contains an invisible control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A role name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid role name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
