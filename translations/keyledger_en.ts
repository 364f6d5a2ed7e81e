<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>TranslationLoader</name>
    <message>
        <location filename="../app/core/TranslationLoader.cpp" line="+14"/>
        <source>English</source>
        <comment>The name of the language the interface is shown in, written in that language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::ChainVerificationController</name>
    <message>
        <location filename="../ui/common/ChainVerificationController.cpp" line="+26"/>
        <source>Checking every event of the ledger against its hash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ledger verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n event(s) match their hashes; nothing was altered.

Head: position %1
%2</source>
        <translation>
            <numerusform>%n event matches its hash; nothing was altered.

Head: position %1
%2</numerusform>
            <numerusform>All %n events match their hashes; nothing was altered.

Head: position %1
%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ledger altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The ledger does not verify at position %1: %2.

The %n event(s) before it are intact.</source>
        <translation>
            <numerusform>The ledger does not verify at position %1: %2.

The %n event before it is intact.</numerusform>
            <numerusform>The ledger does not verify at position %1: %2.

The %n events before it are intact.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verification failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::ClaimConflictError</name>
    <message>
        <location filename="../model/store/StoreErrors.h" line="+68"/>
        <source>%1 &quot;%2&quot; is already taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::ConcurrencyError</name>
    <message>
        <location line="-28"/>
        <source>%1 was changed meanwhile: expected version %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::CredentialStore</name>
    <message>
        <location filename="../model/credentials/CredentialStore.cpp" line="+35"/>
        <source>A keychain entry needs a non-empty key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::EventLogModel</name>
    <message>
        <location filename="../ui/common/EventLogModel.cpp" line="+61"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::MainWindow</name>
    <message>
        <location filename="../ui/common/MainWindow.cpp" line="+33"/>
        <source>Keyledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that no event was altered, removed or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Keyledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Keyledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Keyledger %1&lt;/b&gt;&lt;p&gt;Keycloak user administration with a tamper-evident local ledger.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::SchemaMigrator</name>
    <message>
        <location filename="../model/store/SchemaMigrator.cpp" line="+93"/>
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
        <location filename="../model/store/SqliteConnection.cpp" line="+34"/>
        <source>No Keyledger store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store %1 is read-only; Keyledger needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an empty file, not a Keyledger store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+53"/>
        <source>The store %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store %1 is read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SQLite driver gave no usable connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::SqliteEventStore</name>
    <message>
        <location filename="../model/store/SqliteEventStore.cpp" line="+44"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+49"/>
        <source>Event %1 is already stored in another stream, or only part of this request was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+248"/>
        <source>event at position %1 is missing (the next stored event is at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its previous-hash does not match the hash of the event before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its contents do not match its hash (the row was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>keyledger::UpcasterRegistry</name>
    <message>
        <location filename="../model/store/UpcasterRegistry.cpp" line="+27"/>
        <source>No upcaster for %1 version %2: this event cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserAggregate</name>
    <message>
        <location filename="../model/domain/UserAggregate.cpp" line="+138"/>
        <source>Event %1 of %2 is out of order (expected version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User %1 was deleted; a deleted user can only be viewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
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
        <location line="+10"/>
        <source>User %1 has no e-mail address to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>keyledger::UserCommandHandler</name>
    <message>
        <location filename="../model/commands/UserCommandHandler.cpp" line="+54"/>
        <source>The username %1 is already taken by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address %1 is already used by another user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserValidator</name>
    <message>
        <location filename="../model/domain/UserValidator.cpp" line="+38"/>
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
        <location line="+27"/>
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
        <location line="+3"/>
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
        <location line="+9"/>
        <source>The organisation is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation contains an invisible control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A role name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid role name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+45"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user needs an action: create, update, %1, roles or show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+44"/>
        <source>--db needs the path of a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--format must be table or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Missing argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ErrorReporter</name>
    <message>
        <location filename="../app/cli/ErrorReporter.cpp" line="+26"/>
        <source>Run keyledger-cli --help for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused, nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict, nothing was changed: %1 was changed meanwhile and is now at version %2. Look at it again (keyledger-cli user show) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storage error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::EventFormatter</name>
    <message>
        <location filename="../app/cli/EventFormatter.cpp" line="+40"/>
        <source>POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::EventsCommand</name>
    <message>
        <location filename="../app/cli/EventsCommand.cpp" line="+41"/>
        <source>No user or stream &quot;%1&quot; in this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::HelpText</name>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+11"/>
        <source>Usage: keyledger-cli [--db PATH] [--format table|json] [--actor NAME] COMMAND

Keyledger&apos;s command line: manages the users of a Keycloak realm through the local,
tamper-evident event store, the same one the Keyledger application uses.

Global options (before or after the command):
  --db PATH             the store file (default: %1)
  --format table|json   how results are printed (default: table; json: one object per line)
  --actor NAME          who is acting, recorded in every event (default: &lt;os user&gt;@&lt;host&gt;)
  -h, --help            show this help
  --version             show the version

Commands (USER is a user id or a username):
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        create a user and print its id (json: {&quot;id&quot;:...,&quot;position&quot;:...})
  user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
                        change the profile; an empty value clears a field; with
                        --expected-version, refuse if the user is no longer at version N
  user enable USER | user disable USER | user delete USER
  user verify-email USER | user reset-password USER
  user roles USER [--add R]... [--remove R]...
  user show USER        every field of the user and its version
  events [--stream USER] [--from POSITION] [--limit N]
                        the ledger, oldest first (json: one object per line, every field)
  verify                check the hash chain; print the head position and hash

A command that changes nothing (e.g. enabling an enabled user) succeeds and says so on stderr.

Exit codes:
  0  done                      4  conflict: the user was changed meanwhile
  2  wrong usage               5  storage error: missing, damaged, read-only or foreign file
  3  input refused             6  verification failed: the store was altered
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>keyledger-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ResultPrinter</name>
    <message>
        <location filename="../app/cli/ResultPrinter.cpp" line="+39"/>
        <source>Nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User %1 is now at version %2 (store position %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::StoreSession</name>
    <message>
        <location filename="../app/cli/StoreSession.cpp" line="+32"/>
        <source>No user has the id or username &quot;%1&quot; in this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserFormatter</name>
    <message>
        <location filename="../app/cli/UserFormatter.cpp" line="+34"/>
        <location line="+46"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserRolesCommand</name>
    <message>
        <location filename="../app/cli/UserRolesCommand.cpp" line="+23"/>
        <source>Give the roles to change with --add R and/or --remove R.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserUpdateCommand</name>
    <message>
        <location filename="../app/cli/UserUpdateCommand.cpp" line="+30"/>
        <source>Nothing to update: give at least one of --email, --first-name, --last-name, --org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+34"/>
        <source>Verification failed at position %1: %2. The store was altered or damaged after it was written; the events before position %1 are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hash chain is intact. Events checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+25"/>
        <source>Keycloak users with a tamper-evident ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
