<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>DemoLauncher</name>
    <message>
        <location filename="../app/gui/DemoLauncher.cpp" line="+17"/>
        <source>Creating the demo ledger: 2,000 users and a year of history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo ledger could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../app/core/demo/DemoStore.cpp" line="+64"/>
        <source>Cannot create the demo ledger %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../model/projections/AnalyticsProjection.cpp" line="+166"/>
        <source>Analytics: %1 at position %2 is for user %3, who was never created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="+39"/>
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
        <location line="+68"/>
        <source>The analytics cannot be read yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
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
    <name>keyledger::AsOfViews</name>
    <message>
        <location filename="../model/timetravel/AsOfViews.cpp" line="+30"/>
        <source>There is no read model named %1 (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot create a temporary folder for the past views: %1</source>
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
    <name>keyledger::AuditExportSink</name>
    <message>
        <location filename="../model/export/AuditExportSink.cpp" line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AuditExportVerifier</name>
    <message>
        <location filename="../model/export/AuditExportVerifier.cpp" line="+62"/>
        <source>its field &quot;%1&quot; is missing or not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its field &quot;%1&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its field &quot;%1&quot; is not 64 lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its first line is not the header of a Keyledger audit export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is an export of format %1; this version reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the header&apos;s chainHead or complete field is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the trailer is missing: the file was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the line does not end with a line break: the file was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the last event (position %1) is not the chain head the header states (position %2): events are missing at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the trailer counts %1 events but the file holds %2: lines were added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SHA-256 of the lines above does not match the trailer: a line was altered outside the hashed event fields (e.g. the audit part or the header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text follows the trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its fields do not match its hash: the event was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its recordedAt and recordedAtMs disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position %1 was expected: an event is missing or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first event&apos;s previousHash is not the genesis value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its previousHash is not the hash of the event on the line before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>positions must increase (the line before has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is beyond the chain head the header states (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AuditExporter</name>
    <message>
        <location filename="../model/export/AuditExporter.cpp" line="+59"/>
        <source>This export format needs the ledger file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The views file lists event %1, which the ledger does not hold: it belongs to another ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot rename %1 to %2.</source>
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
    <name>keyledger::AuditPdfSink</name>
    <message>
        <location filename="../ui/audit/AuditPdfSink.cpp" line="+53"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>position %1, hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyledger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every event of the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+32"/>
        <location line="+84"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+29"/>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+113"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-111"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n others</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A PDF report holds at most %1 events and these filters match %2: narrow them (dates, user, type), or export CSV or JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPdfSink.h" line="+42"/>
        <source>Keyledger audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::AuditView</name>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+39"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the entries the filters match as CSV (spreadsheets), JSON Lines (verifiable with keyledger-cli audit verify) or a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The audit trail cannot be read yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No user has the username or id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No user matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the audit trail…</source>
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
        <location line="+18"/>
        <source>audit-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>CSV files (*.csv);;JSON Lines, verifiable (*.jsonl);;PDF reports (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to export: no user matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>keyledger::BulkActionJob</name>
    <message numerus="yes">
        <location filename="../ui/users/BulkActionJob.cpp" line="+22"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The ledger cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>already enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enabled and has signed in: disable it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>already has these roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
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
        <source>Changed the roles of %n user(s).</source>
        <translation>
            <numerusform>Changed the roles of %n user.</numerusform>
            <numerusform>Changed the roles of %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped after %n of %1 user(s).</source>
        <translation>
            <numerusform>Stopped after %n of %1 users.</numerusform>
            <numerusform>Stopped after %n of %1 users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n left as they were:</source>
        <translation>
            <numerusform>%n left as it was:</numerusform>
            <numerusform>%n left as they were:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n refused:</source>
        <translation>
            <numerusform>%n refused:</numerusform>
            <numerusform>%n refused:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::BulkRolesDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/BulkRolesDialog.cpp" line="+26"/>
        <source>Roles of %n user(s)</source>
        <translation>
            <numerusform>Roles of %n user</numerusform>
            <numerusform>Roles of %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change the roles of %n user(s): %1</source>
        <translation>
            <numerusform>Change the roles of %n user: %1</numerusform>
            <numerusform>Change the roles of %n users: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked: every user gets the role. Unchecked: every user loses it. Partly checked: left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Another role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply</source>
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
    <name>keyledger::ConnectionsDialog</name>
    <message>
        <location filename="../ui/sync/ConnectionsDialog.cpp" line="+53"/>
        <source>Server Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate could not be verified.

SHA-256 fingerprint:
%1

Trust it only if it is the fingerprint your Keycloak administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use This Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://sso.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the realm whose users you manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client credentials (service account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Realm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token realm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, realm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A profile keeps its name; add a new one to use another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored in the keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+245"/>
        <source>Trusted certificate (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-236"/>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin &amp;username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the realm above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default: master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A profile named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved; the secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved, but the keychain cannot keep the secret (%1): it is kept for this session only and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove server profile %1 and its secret from the keychain?

The ledger keeps every change; waiting changes are sent once another profile is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profile %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keyledger now syncs with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the secret to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secret to test with (%1): type it in the secret field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain holds none for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Connected to realm %1: %n user(s).</source>
        <translation>
            <numerusform>Connected to realm %1: %n user.</numerusform>
            <numerusform>Connected to realm %1: %n users.</numerusform>
        </translation>
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
    <name>keyledger::EraseUserAction</name>
    <message>
        <location filename="../ui/users/EraseUserAction.cpp" line="+20"/>
        <source>Erase Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right to be forgotten: erase the user&apos;s username, e-mail and names for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+17"/>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>This user&apos;s personal data is already erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This permanently erases the username, e-mail and names of %1 from every event, view and export of this ledger. The user&apos;s key is destroyed: nobody can recover them. The history stays, under the pseudonym %2, and the ledger still verifies. Changes of this user not yet sent to Keycloak are not sent.

Type the username %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The username did not match; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erasing the personal data of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data erased; the user is now shown as %1.</source>
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
    <name>keyledger::FirstRunPanel</name>
    <message>
        <location filename="../ui/common/FirstRunPanel.cpp" line="+14"/>
        <source>Connect to a Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Demo Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyledger keeps a ledger of every change to your Keycloak users, on this computer. This ledger is empty and no server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Connect to Keycloak&lt;/b&gt;&lt;br&gt;Add your server in &lt;i&gt;Server › Connections…&lt;/i&gt;, then import its users with &lt;i&gt;Server › Import from Keycloak…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Try it first&lt;/b&gt;&lt;br&gt;Open a demo ledger with 2,000 made-up users and a year of history. It is a separate file and never talks to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::GuiApplicationShell</name>
    <message>
        <location filename="../app/gui/GuiApplicationShell.cpp" line="+28"/>
        <source>Open Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another ledger opens once %1 has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::GuiSession</name>
    <message>
        <location filename="../app/gui/GuiSession.cpp" line="+169"/>
        <source>Open &amp;My Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the demo and go back to your own ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>an import from Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an audit export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change to several users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an erasure of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ledger verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the creation of the demo ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo ledger is never synchronised. Choose File › Open My Ledger to connect to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The demo ledger opens in this window once %1 has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language shows as soon as %1 has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keyledger is now shown in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::ImportSummary</name>
    <message>
        <location filename="../model/sync/ImportSummary.cpp" line="+7"/>
        <source>Users in Keycloak: %1
New: %2
Changed in Keycloak: %3
Unchanged: %4
Deleted in Keycloak: %5
Waiting for the sync: %6
Not matched: %7
Logins recorded: %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::InlineMessage</name>
    <message>
        <location filename="../ui/users/InlineMessage.cpp" line="+24"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::KeycloakError</name>
    <message>
        <location filename="../model/keycloak/KeycloakError.cpp" line="+189"/>
        <source>Keycloak cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted (SHA-256 fingerprint %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keycloak refused the credentials: check the user or client id and the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keycloak rejected the value of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak no longer accepts the session; signing in again did not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account lacks the realm-management role &quot;%1&quot; needed for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is not allowed to do this in Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak does not know this object (it may have been deleted there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user with this username already exists in Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user with this e-mail address already exists in Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user with this username or e-mail address already exists in Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak asks to slow down (too many requests); it will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak failed with an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::KeycloakTransport</name>
    <message>
        <location filename="../model/keycloak/KeycloakTransport.cpp" line="+124"/>
        <source>Subject: %1. Issuer: %2. Valid until: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no complete answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::LanguageMenu</name>
    <message>
        <location filename="../ui/common/LanguageMenu.cpp" line="+27"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::MainWindow</name>
    <message>
        <location filename="../ui/common/MainWindow.cpp" line="+38"/>
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
        <location line="+6"/>
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
    <name>keyledger::OutboxDelivery</name>
    <message>
        <location filename="../model/sync/OutboxDelivery.cpp" line="+100"/>
        <source>Keycloak could not send the e-mail (is its SMTP server set up?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keyledger does not know how to deliver a %1 event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User %1 was never created in Keycloak (its creation was refused or discarded).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::OutboxModel</name>
    <message>
        <location filename="../ui/sync/OutboxModel.cpp" line="+38"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password reset e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (ledger position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::PersonalDataCipher</name>
    <message>
        <location filename="../model/privacy/PersonalDataCipher.cpp" line="+20"/>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::PersonalDataEraser</name>
    <message>
        <location filename="../model/privacy/PersonalDataEraser.cpp" line="+46"/>
        <source>This user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The personal data of this user was erased already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::PersonalDataVault</name>
    <message>
        <location filename="../model/privacy/PersonalDataVault.cpp" line="+114"/>
        <source>The personal data of event %1 cannot be decrypted: its key or its bytes were altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::PersonalKeyring</name>
    <message>
        <location filename="../model/privacy/PersonalKeyring.cpp" line="+76"/>
        <source>The personal data of %1 was erased; its events can no longer carry a username, e-mail or name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::ProgressTask</name>
    <message>
        <location filename="../ui/common/ProgressTask.cpp" line="+13"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
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
        <location filename="../model/projections/Projector.cpp" line="+184"/>
        <source>cannot apply the event at position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no read model named %1 (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rebuilding %1 stopped at position %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::RealmImport</name>
    <message>
        <location filename="../model/sync/RealmImport.cpp" line="+127"/>
        <source>Realm %1 does not keep the organizationId attribute: organisations were not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 exists in Keycloak and, not yet synced, in the ledger; left for the sync to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keycloak user %1 has an id that is not a UUID (%2); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was deleted in Keyledger but still exists in Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Realm %1 does not store login events (Realm settings &gt; Events): no login history was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::RealmImportAction</name>
    <message>
        <location filename="../ui/sync/RealmImportAction.cpp" line="+22"/>
        <source>&amp;Import from Keycloak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the realm&apos;s users, the changes made in Keycloak and the login history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+15"/>
        <location line="+15"/>
        <source>Import from Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>No server is connected. Add one in Server &gt; Connections… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the users of realm %1 from %2?

New users, changes made in Keycloak, users deleted there and logins are recorded in the ledger. Users with changes still waiting to be sent are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Secret for profile %1 (kept in memory only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing users from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing users: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; what was recorded before stays recorded.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped: %1
What was recorded before stays recorded; import again to go on.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::RealmRoles</name>
    <message>
        <location filename="../ui/users/RealmRoles.cpp" line="+44"/>
        <source>No server profile: the roles offered are those already used in this ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the realm&apos;s roles… meanwhile the roles already used in this ledger are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The realm&apos;s roles could not be read (%1): the roles already used in this ledger are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::ReencryptionMigration</name>
    <message>
        <location filename="../model/privacy/ReencryptionMigration.cpp" line="+124"/>
        <source>The ledger %1 does not verify at position %2, so its personal data was not re-encrypted from there on (that would hide the damage). Check it with the previous Keyledger&apos;s verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::SavedSearchButton</name>
    <message>
        <location filename="../ui/users/SavedSearchButton.cpp" line="+16"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall a saved set of filters, or save the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Save Current Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted the saved search “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is the name of a built-in search: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the search “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::SavedSearchStore</name>
    <message>
        <location filename="../ui/users/SavedSearchStore.cpp" line="+28"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never logged in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::SchemaMigrator</name>
    <message>
        <location filename="../model/store/SchemaMigrator.cpp" line="+123"/>
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
    <name>keyledger::ServerProfileRepository</name>
    <message>
        <location filename="../model/sync/ServerProfileRepository.cpp" line="+45"/>
        <source>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server URL must be an http:// or https:// address, e.g. https://sso.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The realm is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin username is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>There is no server profile named %1.</source>
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
        <location line="+66"/>
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
        <location filename="../model/store/SqliteEventStore.cpp" line="+50"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An event stream needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every event needs an id and a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Event %1 is already stored in another stream or twice in this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Event %1 is already stored in another stream, or only part of this request was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No outbox row of %1 at position %2 to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+296"/>
        <source>event at position %1 is missing (the next stored event is at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its previous-hash does not match the hash of the event before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its contents do not match its hash (the row was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its hash differs from the one recorded when the ledger was re-encrypted (chain epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>events %1 to %2 are missing from the end of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no stream %1 to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal data of %1 was erased already.</source>
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
    <name>keyledger::SyncController</name>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="+28"/>
        <source>%1

Client secret of %2 for server profile %3 (kept in memory only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Password of %2 for server profile %3 (kept in memory only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The keychain holds no secret for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync is paused: no secret for server profile %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sync cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::SyncStatusBar</name>
    <message>
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+62"/>
        <source>Server profiles (click to manage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>synced %n min ago</source>
        <translation>
            <numerusform>synced %n min ago</numerusform>
            <numerusform>synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>synced %n h ago</source>
        <translation>
            <numerusform>synced %n h ago</numerusform>
            <numerusform>synced %n h ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synced on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server profile: changes wait in the outbox. Server &gt; Connections… adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline (waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing sent yet: the connection is checked with the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
Next attempt at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to reach Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes Keycloak refused: see the Sync page to retry or discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>views %n event(s) behind</source>
        <translation>
            <numerusform>views %n event behind</numerusform>
            <numerusform>views %n events behind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::SyncView</name>
    <message>
        <location filename="../ui/sync/SyncView.cpp" line="+52"/>
        <source>Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the waiting changes to Keycloak now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the refused change again (fix the user&apos;s data first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up this change: Keycloak keeps its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing waiting: every change has reached Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The outbox cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a row to see its last error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+373"/>
        <source>Keycloak refused this change: %1
Fix the user and Retry, or Discard it to keep Keycloak&apos;s version. The user&apos;s later changes wait behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last attempt failed: %1 (it will be tried again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent to Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server profile: changes stay in the outbox until you connect to Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+14"/>
        <source>The change to %1 will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/users/UserSyncActions.cpp" line="+54"/>
        <source>Discard the change “%1” of user %2?

It will never be sent: Keycloak keeps its own version of this user. The decision is recorded in the ledger, and the user&apos;s later changes are sent next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/users/UserSyncActions.cpp" line="+10"/>
        <source>Discard Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+23"/>
        <source>The change to %1 was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server profile: nothing can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::SyncWorker</name>
    <message>
        <location filename="../model/sync/SyncWorker.cpp" line="+148"/>
        <source>The event at position %1 is not in the user&apos;s stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Realm %1 does not keep the organizationId attribute, so organisations are not stored in Keycloak. Allow it with: keyledger-cli profile allow-organization %2</source>
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
        <location filename="../ui/users/UserActionsController.cpp" line="+64"/>
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
        <location line="+13"/>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change the roles of %n user(s): %1?</source>
        <translation>
            <numerusform>Change the roles of %n user: %1?</numerusform>
            <numerusform>Change the roles of %n users: %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Another bulk action is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Applying to %n user(s)…</source>
        <translation>
            <numerusform>Applying to %n user…</numerusform>
            <numerusform>Applying to %n users…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location line="-67"/>
        <location line="+71"/>
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
        <location filename="../model/domain/UserAggregate.cpp" line="+154"/>
        <source>Event %1 of %2 is out of order (expected version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+167"/>
        <location line="+20"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>This user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-204"/>
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
        <location line="+8"/>
        <location line="+33"/>
        <source>This login of %1 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>User %1 is already in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keycloak has the same data as the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User %1 is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location filename="../model/commands/UserCommandHandler.cpp" line="+63"/>
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
    <name>keyledger::UserDetailPanel</name>
    <message>
        <location filename="../ui/users/UserDetailPanel.cpp" line="-375"/>
        <location line="+7"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synced with Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent to Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the user as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the refused change again (fix the user&apos;s data first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iscard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up this change: Keycloak keeps its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Show the user as it was at this moment (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time travel is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>As it was on %1 UTC. Actions apply to the user as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user did not exist on %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No user selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not changed since creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet in Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reading the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user as of that moment cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserDetailProjection</name>
    <message>
        <location filename="../model/projections/UserDetailProjection.cpp" line="+260"/>
        <source>User %1 is created twice (event at position %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event %1 at position %2 is for user %3, who was never created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event %1 of user %2 has version %3; the detail expected version %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserEditorDialog</name>
    <message>
        <location filename="../ui/users/UserEditorDialog.cpp" line="+49"/>
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
        <location line="+18"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+3"/>
        <source>&amp;Keep My Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply your changes on top of the other person&apos;s version when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No roles known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick from the known roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Someone else changed this user since you opened it. Reload to see the current values (your changes here are replaced), or keep your changes to apply them on top of the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ledger could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+26"/>
        <source>Your changes are kept; Save applies them to the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes are kept; Save applies them to the current version. Changed by someone else meanwhile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../model/domain/UserEventCodec.cpp" line="+251"/>
        <source>Unknown user event type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserFilterBar</name>
    <message>
        <location filename="../ui/users/UserFilterBar.cpp" line="+27"/>
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
        <location line="+5"/>
        <source>Any logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+6"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::UserHistoryModel</name>
    <message>
        <location filename="../ui/users/UserHistoryModel.cpp" line="+41"/>
        <source>This desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (#%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
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
        <source>Change</source>
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
        <location filename="../model/projections/UserListProjection.cpp" line="+230"/>
        <source>User %1 is created twice (event at position %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+81"/>
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
        <location filename="../ui/users/UserListLoader.cpp" line="+23"/>
        <source>The user list is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="+160"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UserActionSet.cpp" line="+21"/>
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
        <location line="+3"/>
        <source>Edit the selected user (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable the selected users: they can no longer sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected users (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark E-mail &amp;Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the e-mail address of the selected users as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Password Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected users an e-mail to choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or remove roles of the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the selected user&apos;s details and history (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>User actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UserColumnChooser.cpp" line="+27"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UserCountLabel.cpp" line="+28"/>
        <source>Preparing the user list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="+4"/>
        <source>User created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UserDialogs.cpp" line="+72"/>
        <source>User %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="-1"/>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Showing the search “%1”.</source>
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
    <name>keyledger::cli::AsOfOption</name>
    <message>
        <location filename="../app/cli/AsOfOption.cpp" line="+27"/>
        <source>--as-of must be an ISO 8601 time such as 2026-11-26T10:00:00Z, or a date (the end of that UTC day), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditCommand</name>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="+46"/>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditExportCommand</name>
    <message>
        <location filename="../app/cli/AuditExportCommand.cpp" line="+37"/>
        <source>--format needs a value: csv, jsonl or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>audit export needs --format csv, jsonl or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format must be csv, jsonl or pdf, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--output needs the path of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--output %1 is a folder; give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PDF export needs the graphical part of Qt, which did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export failed; no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 export; chain head at export time: position %2, hash %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditFilterOptions</name>
    <message>
        <location filename="../app/cli/AuditFilterOptions.cpp" line="+39"/>
        <source>--from must not be after --to.</source>
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
    <name>keyledger::cli::AuditVerifyCommand</name>
    <message>
        <location filename="../app/cli/AuditVerifyCommand.cpp" line="+21"/>
        <source>%1 cannot be checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1 (position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification failed at %1: %2. The export was altered or damaged after it was written; the lines before it match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export is intact and complete: %1 events, hash chain unbroken from the genesis to the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export is intact: %1 events, each matching its own hash (a filtered export: compare the hashes with the ledger to tie them to the chain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chain head at export time: position %1, hash %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+58"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--format csv is only for users list and audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>profile needs an action: add, list, remove or use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>outbox needs an action: list, retry or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+17"/>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+51"/>
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

Commands (USER is a user id or a username; DATE is YYYY-MM-DD; TIME is ISO 8601 UTC such as
2026-11-26T10:00:00Z, or a date alone for the end of that UTC day):
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        create a user and print its id (json: {&quot;id&quot;:...,&quot;position&quot;:...})
  user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
                        change the profile; an empty value clears a field; with
                        --expected-version, refuse if the user is no longer at version N
  user enable USER | user disable USER | user delete USER
  user verify-email USER | user reset-password USER
  user roles USER [--add R]... [--remove R]...
  user show USER [--as-of TIME]
                        every field of the user and its version (--as-of: as it was then;
                        exit 3 if the user did not exist yet)
  user history USER     the user&apos;s audit entries, oldest first, with each field&apos;s change
  user forget USER --yes
                        erase the user&apos;s username, e-mail and names for good (their key is
                        destroyed); the history stays under a pseudonym; without --yes, exit 2
  users list [--org O] [--status active|unverified|disabled] [--search T]
             [--logged-in yes|no] [--sort FIELD[:desc]] [--limit N] [--after CURSOR]
             [--as-of TIME]
                        one page of users (default: newest first, 50); --search: a prefix
                        of username, e-mail or name; FIELD: createdAt, username, email,
                        firstName, lastName, fullName, status, organizationId, lastLoginAt;
                        the count and the --after cursor of the next page go to stderr
                        (json: a last line {&quot;total&quot;:...,&quot;nextCursor&quot;:...}); --as-of: the
                        list as it was then, the ledger replayed up to TIME
  analytics [--org O] [--from DATE] [--to DATE]
                        totals of the users created in the range (local days, inclusive);
                        json adds sign-ups per week and days to first login
  audit [--user USER] [--actor A] [--type T] [--source S] [--from DATE] [--to DATE] [--limit N]
                        the realm&apos;s audit entries, oldest first (DATE: UTC days, inclusive)
  audit export --format csv|jsonl|pdf --output FILE [--user USER] [--org O] [--actor A]
               [--type T] [--source S] [--from DATE] [--to DATE]
                        write the matching audit trail to FILE (jsonl: every stored field, a
                        header with the chain head and a trailer with a SHA-256; no filter
                        gives a complete export whose chain verifies from the genesis)
  audit verify FILE     check a JSON Lines export without any database: each event&apos;s hash,
                        the chain (complete exports) and the trailer; exit 6 if altered
  events [--stream USER] [--from POSITION] [--limit N]
                        the ledger, oldest first (json: one object per line, every field)
  verify                check the hash chain; print the head position and hash
  projections status | update | rebuild [NAME]
                        where each read model stands, bring them up to date, or rebuild them
  profile add NAME --url URL --realm REALM (--client CLIENT_ID | --admin USERNAME)
              [--token-realm REALM]
                        a Keycloak server to sync with (no secret: see login); the first
                        profile becomes the active one
  profile list | profile remove NAME | profile use NAME
  profile trust NAME SHA256
                        trust that one certificate for the profile (the fingerprint a
                        certificate error shows); nothing else is ever ignored
  profile allow-organization [NAME] --yes
                        declare organizationId in the realm&apos;s user profile (otherwise Keycloak
                        silently drops the organisations Keyledger sends)
  login [NAME]          ask for the profile&apos;s secret, check it against Keycloak, keep it in
                        the OS keychain (never on disk elsewhere)
  sync [--once] [--profile NAME]
                        deliver the outbox to Keycloak, in order per user (until Ctrl+C, or
                        what is due now with --once); exit 7 if Keycloak stays unreachable
  sync status           pending and refused changes, next attempt, last problem
  outbox list [--user USER] [--state pending|failed|delivered|discarded] [--limit N]
  outbox retry USER     deliver the user&apos;s refused change again (after fixing the data)
  outbox discard USER   give the refused change up; Keycloak keeps its version
  import [--profile NAME]
                        record the realm&apos;s users (new, changed or deleted in Keycloak), role
                        mappings and login history (from the last login already recorded)

The read commands bring the read models up to date with the ledger first, so they show every
command that ran before them. A command that changes nothing (e.g. enabling an enabled user)
succeeds and says so on stderr.

Exit codes:
  0  done                      4  conflict: the user was changed meanwhile
  2  wrong usage               5  storage error: missing, damaged, read-only or foreign file
  3  input refused             6  verification failed: the store or the export was altered
  7  Keycloak unreachable, credentials refused, or keychain unavailable
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>keyledger-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+34"/>
        <source>Importing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The import stopped: %1 What was recorded before stays recorded; run import again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::OutboxCommand</name>
    <message>
        <location filename="../app/cli/OutboxCommand.cpp" line="+51"/>
        <source>Nothing of %1 was refused by Keycloak; there is nothing to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change at position %1 will be delivered again on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change at position %1 is discarded; Keycloak keeps its version. The next changes of %2 go out on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--state is one of pending, failed, delivered, discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The outbox has no such rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProfileChoice</name>
    <message>
        <location filename="../app/cli/ProfileChoice.cpp" line="+15"/>
        <source>No active server profile. Add one with profile add, or pick one with profile use NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no server profile named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="+56"/>
        <location line="+88"/>
        <source>There is no server profile named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Profile %1 removed, with its secret in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile %1 is now the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give either --client CLIENT_ID (a service account) or --admin USERNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile %1 saved. Store its secret with: keyledger-cli login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No server profile yet. Add one with: keyledger-cli profile add NAME --url URL --realm REALM --client CLIENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (colons allowed), as the certificate error shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile %1 now trusts the certificate with SHA-256 fingerprint %2 (that certificate only; every other certificate problem is still refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>allow-organization takes at most one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This changes realm %1&apos;s user profile on %2: it declares the attribute organizationId (administrators may view and edit it), so that Keycloak keeps the organisations Keyledger sends. Run again with --yes to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keycloak refused to change the user profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realm %1 now keeps organizationId. Changes already delivered without it are sent again with the next change of each user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>login takes at most one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret of %1 for profile %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 for profile %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secret given; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>If you trust this certificate: keyledger-cli profile trust %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login to %1 failed: %2 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials work, but the keychain refused to store them (%1). Keyledger will ask for the secret each time instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in to %1; the secret is in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProfileSecrets</name>
    <message>
        <location filename="../app/cli/ProfileSecrets.cpp" line="+72"/>
        <source>No secret is stored for profile %1: run keyledger-cli login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain cannot be reached (%1) and there is no terminal to ask for the secret of profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret for profile %1 (not stored): </source>
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
    <name>keyledger::cli::SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+71"/>
        <source>delivered %1 (position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused at position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Syncing with %1 (%2); Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delivered: %1, refused: %2, still pending: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keycloak could not be reached or failed for a while: %1. The pending changes stay queued and go out on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Server profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: %1  Refused (queue stopped): %2  Delivered: %3  Discarded: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the refusals with: keyledger-cli outbox list --state failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserForgetCommand</name>
    <message>
        <location filename="../app/cli/UserForgetCommand.cpp" line="+35"/>
        <source>This would permanently erase the username, e-mail and names of %1 from every event, view and export of this ledger: the user&apos;s key is destroyed and nobody can recover them; the history stays, under a pseudonym, and the hash chain stays valid. Run it again with --yes to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rebuilding the read models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The personal data of user %1 is erased; the user is now shown as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) of this user that had not reached Keycloak yet were discarded: they carried the erased data.</source>
        <translation>
            <numerusform>%n change of this user that had not reached Keycloak yet was discarded: it carried the erased data.</numerusform>
            <numerusform>%n changes of this user that had not reached Keycloak yet were discarded: they carried the erased data.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: another program (the Keyledger window?) is reading the store, so old pages could not be removed from its write-ahead log yet; they go at its next checkpoint.</source>
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
    <name>keyledger::cli::UserShowCommand</name>
    <message>
        <location filename="../app/cli/UserShowCommand.cpp" line="+70"/>
        <source>Replaying the ledger up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>User &quot;%1&quot; did not exist yet at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No user had the id or username &quot;%1&quot; at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of %1</source>
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
        <location filename="../app/cli/UsersListCommand.cpp" line="+61"/>
        <source>--status must be active, unverified or disabled, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--logged-in must be yes or no, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+13"/>
        <source>Replaying the ledger up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>As of %1 (ledger position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../app/cli/VerifyCommand.cpp" line="+36"/>
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
    <message>
        <location line="+3"/>
        <source>Chain epochs: %1 (events re-encrypted on upgrade; checked at their boundary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A re-encryption is in progress: it resumes when the store is next opened for writing.</source>
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
        <location line="+6"/>
        <source>Open the demo ledger (%1), created on first use: 2,000 made-up users and a year of history. Nothing is sent to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/GuiApplicationShell.cpp" line="+9"/>
        <source>Cannot open the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/GuiSession.cpp" line="-198"/>
        <source>Views unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users, analytics and audit views cannot be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open &amp;Demo Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A separate ledger with made-up users, to try Keyledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keyledger — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo ledger: nothing is sent to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+14"/>
        <source>Demo ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
