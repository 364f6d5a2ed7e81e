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
    <name>keyledger::AnalyticsCsvWriter</name>
    <message>
        <location filename="../ui/analytics/AnalyticsCsvWriter.cpp" line="+44"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AnalyticsFilterBar</name>
    <message>
        <location filename="../ui/analytics/AnalyticsFilterBar.cpp" line="+28"/>
        <source>&amp;Whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AnalyticsProjection</name>
    <message>
        <location filename="../model/projections/AnalyticsProjection.cpp" line="+112"/>
        <source>Analytics: %1 at position %2 is for user %3, who was never created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="+38"/>
        <source>%1% of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average days to first login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the figures and the series as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the dashboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The analytics cannot be read yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n unverified</source>
        <translation>
            <numerusform>%n unverified</numerusform>
            <numerusform>%n unverified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>over %n users</source>
        <translation>
            <numerusform>over %n user</numerusform>
            <numerusform>over %n users</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody logged in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>analytics-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analytics exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save dashboard as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dashboard saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AuditCsvExporter</name>
    <message>
        <location filename="../ui/audit/AuditCsvExporter.cpp" line="+19"/>
        <location line="+16"/>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AuditDiffModel</name>
    <message>
        <location filename="../ui/audit/AuditDiffModel.cpp" line="+47"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AuditDiffPane</name>
    <message>
        <location filename="../ui/audit/AuditDiffPane.cpp" line="+53"/>
        <source>No entry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a row to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (no field changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AuditFilterBar</name>
    <message>
        <location filename="../ui/audit/AuditFilterBar.cpp" line="+24"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Username or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. alice@laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AuditLogModel</name>
    <message>
        <location filename="../ui/audit/AuditLogModel.cpp" line="+155"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
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
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AuditView</name>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+38"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the entries the filters match as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The audit trail cannot be read yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No user has the username or id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No user matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 of %n entries loaded</source>
        <translation>
            <numerusform>%1 of %n entry loaded</numerusform>
            <numerusform>%1 of %n entries loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>audit-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to export: no user matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting the audit trail… %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: %1</source>
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
    <name>keyledger::DashboardImageWriter</name>
    <message>
        <location filename="../ui/analytics/DashboardImageWriter.cpp" line="+16"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
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
    <name>keyledger::FirstLoginBuckets</name>
    <message>
        <location filename="../ui/analytics/FirstLoginBuckets.cpp" line="+23"/>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::FirstLoginChart</name>
    <message>
        <location filename="../ui/analytics/FirstLoginChart.cpp" line="+17"/>
        <location line="+24"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+36"/>
        <source>Days to first login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Days from creation to first login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Days to first login (nobody logged in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::InlineMessage</name>
    <message>
        <location filename="../ui/users/InlineMessage.cpp" line="+25"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::MainWindow</name>
    <message>
        <location filename="../ui/common/MainWindow.cpp" line="+37"/>
        <source>Keyledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
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
    <message numerus="yes">
        <location line="+4"/>
        <source>Views updating: %n event(s) behind</source>
        <translation>
            <numerusform>Views updating: %n event behind</numerusform>
            <numerusform>Views updating: %n events behind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::ProjectionWorker</name>
    <message>
        <location filename="../model/projections/ProjectionWorker.cpp" line="+96"/>
        <source>The read models are not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::Projector</name>
    <message>
        <location filename="../model/projections/Projector.cpp" line="+166"/>
        <source>cannot apply the event at position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no read model named %1 (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rebuilding %1 stopped at position %2: %3</source>
        <translation type="unfinished"></translation>
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
    <name>keyledger::SignUpsChart</name>
    <message>
        <location filename="../ui/analytics/SignUpsChart.cpp" line="+22"/>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>Sign-ups per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sign-ups per week (none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::SqliteConnection</name>
    <message>
        <location filename="../model/store/SqliteConnection.cpp" line="+35"/>
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
    <name>keyledger::StatusBreakdownChart</name>
    <message>
        <location filename="../ui/analytics/StatusBreakdownChart.cpp" line="+42"/>
        <location line="+25"/>
        <source>Users by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users by status (no users)</source>
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
    <name>keyledger::UserActionsController</name>
    <message numerus="yes">
        <location filename="../ui/users/UserActionsController.cpp" line="+53"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Disable %n user(s)? They will not be able to sign in.</source>
        <translation>
            <numerusform>Disable %n user? They will not be able to sign in.</numerusform>
            <numerusform>Disable %n users? They will not be able to sign in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n user(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n user? This cannot be undone.</numerusform>
            <numerusform>Delete %n users? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Enable %n user(s)?</source>
        <translation>
            <numerusform>Enable %n user?</numerusform>
            <numerusform>Enable %n users?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Mark the e-mail address of %n user(s) as verified?</source>
        <translation>
            <numerusform>Mark the e-mail address of %n user as verified?</numerusform>
            <numerusform>Mark the e-mail addresses of %n users as verified?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Send a password-reset e-mail to %n user(s)?</source>
        <translation>
            <numerusform>Send a password-reset e-mail to %n user?</numerusform>
            <numerusform>Send a password-reset e-mail to %n users?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Enabled %n user(s).</source>
        <translation>
            <numerusform>Enabled %n user.</numerusform>
            <numerusform>Enabled %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Disabled %n user(s).</source>
        <translation>
            <numerusform>Disabled %n user.</numerusform>
            <numerusform>Disabled %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>Deleted %n user.</numerusform>
            <numerusform>Deleted %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Marked the e-mail of %n user(s) as verified.</source>
        <translation>
            <numerusform>Marked the e-mail of %n user as verified.</numerusform>
            <numerusform>Marked the e-mail of %n users as verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A password-reset e-mail to %n user(s) will be sent by the next sync.</source>
        <translation>
            <numerusform>A password-reset e-mail to %n user will be sent by the next sync.</numerusform>
            <numerusform>A password-reset e-mail to %n users will be sent by the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of %1 user(s) could not be changed:</source>
        <translation>
            <numerusform>%n user of %1 could not be changed:</numerusform>
            <numerusform>%n users of %1 could not be changed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::UserAggregate</name>
    <message>
        <location filename="../model/domain/UserAggregate.cpp" line="+141"/>
        <source>Event %1 of %2 is out of order (expected version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+155"/>
        <location line="+7"/>
        <source>This user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-158"/>
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
        <source>This login of %1 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../model/commands/UserCommandHandler.cpp" line="+58"/>
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
    <name>keyledger::UserDetailProjection</name>
    <message>
        <location filename="../model/projections/UserDetailProjection.cpp" line="+262"/>
        <source>User %1 is created twice (event at position %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Event %1 at position %2 is for user %3, who was never created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Event %1 of user %2 has version %3; the detail expected version %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserEditorDialog</name>
    <message>
        <location filename="../ui/users/UserEditorDialog.cpp" line="+46"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comma-separated, e.g. admin, auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username cannot be changed after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail &amp;verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Someone else changed this user since you opened it. Reload to see the current values (your changes here will be replaced), or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Someone else deleted this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e-mail: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>organisation: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail no longer verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reloaded the current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reloaded. Changed by someone else: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserEventCodec</name>
    <message>
        <location filename="../model/domain/UserEventCodec.cpp" line="+175"/>
        <source>Unknown user event type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserFilterBar</name>
    <message>
        <location filename="../ui/users/UserFilterBar.cpp" line="+26"/>
        <source>Search username, name or e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users whose username, first name, last name, full name or e-mail starts with the text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserListModel</name>
    <message>
        <location filename="../ui/users/UserListModel.cpp" line="+17"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Never logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserListProjection</name>
    <message>
        <location filename="../model/projections/UserListProjection.cpp" line="+264"/>
        <source>User %1 is created twice (event at position %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+56"/>
        <location line="+48"/>
        <source>Event %1 at position %2 is for user %3, who has no row in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserListQuery</name>
    <message>
        <location filename="../model/queries/UserListQuery.cpp" line="+23"/>
        <source>Cannot sort by &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown sort direction &quot;%1&quot;; use asc or desc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserQueries</name>
    <message>
        <location filename="../model/queries/UserQueries.cpp" line="+166"/>
        <source>Cannot sort by &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The limit must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by status active, unverified or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The cursor &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cursor belongs to another sort order; start again from the first page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserStatus</name>
    <message>
        <location filename="../model/queries/UserStatus.cpp" line="+44"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
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
    <name>keyledger::UsersView</name>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="+46"/>
        <source>The user list is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;New User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a user (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected user (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable the selected users: they can no longer sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected users (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark E-mail &amp;Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the e-mail address of the selected users as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;Password Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected users an e-mail to choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Preparing the user list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>User %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AnalyticsCommand</name>
    <message>
        <location filename="../app/cli/AnalyticsCommand.cpp" line="+46"/>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days to first login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditCommand</name>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="+49"/>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditFormatter</name>
    <message>
        <location filename="../app/cli/AuditFormatter.cpp" line="+25"/>
        <location line="+1"/>
        <source>TIME (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+50"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--format csv is only for users list and audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>users needs an action: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>projections needs an action: status, update or rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user needs an action: create, update, %1, roles, show or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+46"/>
        <source>--db needs the path of a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--format must be table, json or csv, not &quot;%1&quot;.</source>
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
        <location line="+14"/>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Usage: keyledger-cli [--db PATH] [--format table|json|csv] [--actor NAME] COMMAND

Keyledger&apos;s command line: manages the users of a Keycloak realm through the local,
tamper-evident event store, the same one the Keyledger application uses.

Global options (before or after the command):
  --db PATH             the store file (default: %1)
  --format table|json|csv
                        how results are printed (default: table; json: one object per line;
                        csv, for users list and audit only: RFC 4180 with a header row)
  --actor NAME          who is acting, recorded in every event (default: &lt;os user&gt;@&lt;host&gt;);
                        for audit, whose actions to show
  -h, --help            show this help
  --version             show the version

Commands (USER is a user id or a username; DATE is YYYY-MM-DD):
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        create a user and print its id (json: {&quot;id&quot;:...,&quot;position&quot;:...})
  user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
                        change the profile; an empty value clears a field; with
                        --expected-version, refuse if the user is no longer at version N
  user enable USER | user disable USER | user delete USER
  user verify-email USER | user reset-password USER
  user roles USER [--add R]... [--remove R]...
  user show USER        every field of the user and its version
  user history USER     the user&apos;s audit entries, oldest first, with each field&apos;s change
  users list [--org O] [--status active|unverified|disabled] [--search T]
             [--sort FIELD[:desc]] [--limit N] [--after CURSOR]
                        one page of users (default: newest first, 50); --search: a prefix
                        of username, e-mail or name; FIELD: createdAt, username, email,
                        firstName, lastName, fullName, status, organizationId, lastLoginAt;
                        the count and the --after cursor of the next page go to stderr
                        (json: a last line {&quot;total&quot;:...,&quot;nextCursor&quot;:...})
  analytics [--org O] [--from DATE] [--to DATE]
                        totals of the users created in the range (local days, inclusive);
                        json adds sign-ups per week and days to first login
  audit [--user USER] [--actor A] [--type T] [--source S] [--from DATE] [--to DATE] [--limit N]
                        the realm&apos;s audit entries, oldest first (DATE: UTC days, inclusive)
  events [--stream USER] [--from POSITION] [--limit N]
                        the ledger, oldest first (json: one object per line, every field)
  verify                check the hash chain; print the head position and hash
  projections status | update | rebuild [NAME]
                        where each read model stands, bring them up to date, or rebuild them

The read commands bring the read models up to date with the ledger first, so they show every
command that ran before them. A command that changes nothing (e.g. enabling an enabled user)
succeeds and says so on stderr.

Exit codes:
  0  done                      4  conflict: the user was changed meanwhile
  2  wrong usage               5  storage error: missing, damaged, read-only or foreign file
  3  input refused             6  verification failed: the store was altered
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>keyledger-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProgressLine</name>
    <message>
        <location filename="../app/cli/ProgressLine.cpp" line="+25"/>
        <source>%1: %2% (%3 of %4 events)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProjectionsCommand</name>
    <message>
        <location filename="../app/cli/ProjectionsCommand.cpp" line="+25"/>
        <source>The read models are at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>projections rebuild takes at most one read model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no read model named %1 (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rebuilding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all read models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rebuilt up to position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped at %1: %2</source>
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
    <name>keyledger::cli::UserHistoryCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/UserHistoryCommand.cpp" line="+24"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserListFormatter</name>
    <message>
        <location filename="../app/cli/UserListFormatter.cpp" line="+36"/>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FULL NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ORGANISATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never</source>
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
    <name>keyledger::cli::UsersListCommand</name>
    <message>
        <location filename="../app/cli/UsersListCommand.cpp" line="+53"/>
        <source>--status must be active, unverified or disabled, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--sort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit can be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--after needs the cursor printed with the previous page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page: --after %1</source>
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
    <name>keyledger::cli::ViewSession</name>
    <message>
        <location filename="../app/cli/ViewSession.cpp" line="+17"/>
        <source>Rebuilding the read models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning: the %1 view is stopped at position %2 (%3); what it shows is older than the ledger. See keyledger-cli projections status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+32"/>
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
    <message>
        <location line="+13"/>
        <source>Views unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users, analytics and audit views cannot be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
