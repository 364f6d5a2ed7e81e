<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>DemoLauncher</name>
    <message>
        <location filename="../app/gui/DemoLauncher.cpp" line="+17"/>
        <source>Creating the demo ledger: 2,000 users and a year of history…</source>
        <translation>Création du registre de démonstration&#xa0;: 2&#xa0;000 utilisateurs et un an d’historique…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo ledger</source>
        <translation>Registre de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo ledger could not be created: %1</source>
        <translation>Le registre de démonstration n’a pas pu être créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../app/core/demo/DemoStore.cpp" line="+64"/>
        <source>Cannot create the demo ledger %1.</source>
        <translation>Impossible de créer le registre de démonstration %1.</translation>
    </message>
</context>
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
    <name>keyledger::AnalyticsCsvWriter</name>
    <message>
        <location filename="../ui/analytics/AnalyticsCsvWriter.cpp" line="+44"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyledger::AnalyticsFilterBar</name>
    <message>
        <location filename="../ui/analytics/AnalyticsFilterBar.cpp" line="+28"/>
        <source>&amp;Whole history</source>
        <translation>&amp;Tout l’historique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation</source>
        <translation>Sans organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Organisation:</source>
        <translation>O&amp;rganisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created &amp;from:</source>
        <translation>Créés &amp;du&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to:</source>
        <translation>a&amp;u&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keyledger::AnalyticsProjection</name>
    <message>
        <location filename="../model/projections/AnalyticsProjection.cpp" line="+166"/>
        <source>Analytics: %1 at position %2 is for user %3, who was never created.</source>
        <translation>Vue analytics&#xa0;: l’événement %1 à la position %2 concerne l’utilisateur %3, qui n’a jamais été créé.</translation>
    </message>
</context>
<context>
    <name>keyledger::AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="+39"/>
        <source>%1% of users</source>
        <translation>%1&#xa0;% des utilisateurs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive (disabled)</source>
        <translation>Inactifs (désactivés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail verified</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in at least once</source>
        <translation>Déjà connectés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average days to first login</source>
        <translation>Délai moyen avant 1re connexion (jours)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the figures and the series as a CSV file</source>
        <translation>Enregistrer les chiffres et les séries dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the dashboard as an image</source>
        <translation>Enregistrer le tableau de bord sous forme d’image</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The analytics cannot be read yet: %1</source>
        <translation>Les statistiques ne peuvent pas encore être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n unverified</source>
        <translation>
            <numerusform>%n non vérifié</numerusform>
            <numerusform>%n non vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>over %n users</source>
        <translation>
            <numerusform>sur %n utilisateur</numerusform>
            <numerusform>sur %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody logged in yet</source>
        <translation>personne ne s’est encore connecté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>analytics-%1-%2</source>
        <translation>statistiques-%1-%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export analytics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analytics exported to %1.</source>
        <translation>Statistiques exportées dans %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save dashboard as image</source>
        <translation>Enregistrer le tableau de bord en image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dashboard saved to %1.</source>
        <translation>Tableau de bord enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>keyledger::AsOfViews</name>
    <message>
        <location filename="../model/timetravel/AsOfViews.cpp" line="+30"/>
        <source>There is no read model named %1 (known: %2).</source>
        <translation>Aucune vue ne s’appelle %1 (vues connues&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot create a temporary folder for the past views: %1</source>
        <translation>Impossible de créer un dossier temporaire pour les vues passées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditCsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditDiffModel</name>
    <message>
        <location filename="../ui/audit/AuditDiffModel.cpp" line="+47"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditDiffPane</name>
    <message>
        <location filename="../ui/audit/AuditDiffPane.cpp" line="+53"/>
        <source>No entry selected</source>
        <translation>Aucune entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a row to see what it changed.</source>
        <translation>Sélectionnez une ligne pour voir ce qu’elle a modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1 %2 · %3 · %4</source>
        <translation>#%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (no field changed)</source>
        <translation>%1 (aucun champ modifié)</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditExportSink</name>
    <message>
        <location filename="../model/export/AuditExportSink.cpp" line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the export</source>
        <translation>l’export</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditExportVerifier</name>
    <message>
        <location filename="../model/export/AuditExportVerifier.cpp" line="+62"/>
        <source>its field &quot;%1&quot; is missing or not a whole number</source>
        <translation>son champ «&#xa0;%1&#xa0;» est absent ou n’est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its field &quot;%1&quot; is missing or not text</source>
        <translation>son champ «&#xa0;%1&#xa0;» est absent ou n’est pas du texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its field &quot;%1&quot; is not 64 lowercase hexadecimal digits</source>
        <translation>son champ «&#xa0;%1&#xa0;» n’est pas formé de 64 chiffres hexadécimaux minuscules</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its first line is not the header of a Keyledger audit export</source>
        <translation>sa première ligne n’est pas l’en-tête d’un export d’audit Keyledger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is an export of format %1; this version reads format %2</source>
        <translation>c’est un export au format %1&#xa0;; cette version lit le format %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the header&apos;s chainHead or complete field is malformed</source>
        <translation>le champ chainHead ou complete de l’en-tête est mal formé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the trailer is missing: the file was cut short</source>
        <translation>la ligne de fin est absente&#xa0;: le fichier a été tronqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the line does not end with a line break: the file was cut short</source>
        <translation>la ligne ne se termine pas par un saut de ligne&#xa0;: le fichier a été tronqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not valid JSON (%1)</source>
        <translation>ce n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the last event (position %1) is not the chain head the header states (position %2): events are missing at the end</source>
        <translation>le dernier événement (position %1) n’est pas la tête de chaîne indiquée par l’en-tête (position %2)&#xa0;: des événements manquent à la fin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the trailer counts %1 events but the file holds %2: lines were added or removed</source>
        <translation>le nombre d’événements indiqué par la ligne de fin (%1) ne correspond pas à celui du fichier (%2)&#xa0;: des lignes ont été ajoutées ou supprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SHA-256 of the lines above does not match the trailer: a line was altered outside the hashed event fields (e.g. the audit part or the header)</source>
        <translation>l’empreinte SHA-256 des lignes précédentes ne correspond pas à la ligne de fin&#xa0;: une ligne a été altérée en dehors des champs d’événement couverts par l’empreinte (p. ex. la partie audit ou l’en-tête)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text follows the trailer</source>
        <translation>du texte suit la ligne de fin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its fields do not match its hash: the event was altered</source>
        <translation>ses champs ne correspondent pas à son empreinte&#xa0;: l’événement a été altéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its recordedAt and recordedAtMs disagree</source>
        <translation>ses champs recordedAt et recordedAtMs ne concordent pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position %1 was expected: an event is missing or out of order</source>
        <translation>la position %1 était attendue&#xa0;: un événement manque ou est hors séquence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first event&apos;s previousHash is not the genesis value</source>
        <translation>le previousHash du premier événement n’est pas la valeur d’origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its previousHash is not the hash of the event on the line before</source>
        <translation>son previousHash n’est pas l’empreinte de l’événement de la ligne précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>positions must increase (the line before has %1)</source>
        <translation>les positions doivent être croissantes (la ligne précédente a la position %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is beyond the chain head the header states (%1)</source>
        <translation>il se situe au-delà de la tête de chaîne indiquée par l’en-tête (%1)</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditExporter</name>
    <message>
        <location filename="../model/export/AuditExporter.cpp" line="+59"/>
        <source>This export format needs the ledger file.</source>
        <translation>Ce format d’exportation a besoin du fichier du registre.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The views file lists event %1, which the ledger does not hold: it belongs to another ledger.</source>
        <translation>Le fichier des vues mentionne l’événement %1, que le registre ne contient pas&#xa0;: il appartient à un autre registre.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditFilterBar</name>
    <message>
        <location filename="../ui/audit/AuditFilterBar.cpp" line="+24"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Username or id</source>
        <translation>Nom d’utilisateur ou identifiant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. alice@laptop</source>
        <translation>p. ex. alice@laptop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak import</source>
        <translation>Import Keycloak</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actor:</source>
        <translation>A&amp;cteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditLogModel</name>
    <message>
        <location filename="../ui/audit/AuditLogModel.cpp" line="+155"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditPdfSink</name>
    <message>
        <location filename="../ui/audit/AuditPdfSink.cpp" line="+53"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain head</source>
        <translation>Tête de chaîne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>position %1, hash %2</source>
        <translation>position %1, empreinte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 (UTC)</source>
        <translation>du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyledger %1</source>
        <translation>Keyledger %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every event of the ledger</source>
        <translation>tous les événements du registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+32"/>
        <location line="+84"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+29"/>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+113"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n others</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events by type</source>
        <translation>Événements par type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events by actor</source>
        <translation>Événements par acteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A PDF report holds at most %1 events and these filters match %2: narrow them (dates, user, type), or export CSV or JSON Lines.</source>
        <translation>Un rapport PDF contient au plus %1 événements et ces filtres en retiennent %2&#xa0;: restreignez-les (dates, utilisateur, type) ou exportez en CSV ou en JSON Lines.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary and changes</source>
        <translation>Résumé et modifications</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPdfSink.h" line="+42"/>
        <source>Keyledger audit trail</source>
        <translation>Journal d’audit Keyledger</translation>
    </message>
</context>
<context>
    <name>keyledger::AuditView</name>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the entries the filters match as a CSV file</source>
        <translation type="vanished">Enregistrer dans un fichier CSV les entrées retenues par les filtres</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+39"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the entries the filters match as CSV (spreadsheets), JSON Lines (verifiable with keyledger-cli audit verify) or a PDF report</source>
        <translation>Enregistrer les entrées correspondant aux filtres au format CSV (tableurs), JSON Lines (vérifiable avec keyledger-cli audit verify) ou sous forme de rapport PDF</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The audit trail cannot be read yet: %1</source>
        <translation>Le journal d’audit ne peut pas encore être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No user has the username or id “%1”.</source>
        <translation>Aucun utilisateur n’a le nom d’utilisateur ou l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No user matches “%1”.</source>
        <translation>Aucun utilisateur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the audit trail…</source>
        <translation>Préparation de la piste d’audit…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 of %n entries loaded</source>
        <translation>
            <numerusform>Entrées chargées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Entrées chargées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>audit-%1.csv</source>
        <translation>audit-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Export audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>CSV files (*.csv);;JSON Lines, verifiable (*.jsonl);;PDF reports (*.pdf)</source>
        <translation>Fichiers CSV (*.csv);;JSON Lines, vérifiable (*.jsonl);;Rapports PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to export: no user matches “%1”.</source>
        <translation>Rien à exporter&#xa0;: aucun utilisateur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting the audit trail…</source>
        <translation>Exportation du journal d’audit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting the audit trail… %1 of %2 entries</source>
        <translation>Exportation du journal d’audit… (entrées&#xa0;: %1 sur %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée dans %1.</numerusform>
            <numerusform>%n entrées exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyledger::BulkActionJob</name>
    <message numerus="yes">
        <location filename="../ui/users/BulkActionJob.cpp" line="+22"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The ledger cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le registre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>already enabled</source>
        <translation>déjà activé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already disabled</source>
        <translation>déjà désactivé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enabled and has signed in: disable it first</source>
        <translation>activé et déjà connecté&#xa0;: désactivez-le d’abord</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>already has these roles</source>
        <translation>a déjà ces rôles</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Enabled %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur activé.</numerusform>
            <numerusform>%n utilisateurs activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Disabled %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur désactivé.</numerusform>
            <numerusform>%n utilisateurs désactivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur supprimé.</numerusform>
            <numerusform>%n utilisateurs supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed the roles of %n user(s).</source>
        <translation>
            <numerusform>Rôles de %n utilisateur modifiés.</numerusform>
            <numerusform>Rôles de %n utilisateurs modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped after %n of %1 user(s).</source>
        <translation>
            <numerusform>Interrompu après %n utilisateur sur %1.</numerusform>
            <numerusform>Interrompu après %n utilisateurs sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n left as they were:</source>
        <translation>
            <numerusform>%n laissé tel quel&#xa0;:</numerusform>
            <numerusform>%n laissés tels quels&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n refused:</source>
        <translation>
            <numerusform>%n refusé&#xa0;:</numerusform>
            <numerusform>%n refusés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::BulkRolesDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/BulkRolesDialog.cpp" line="+26"/>
        <source>Roles of %n user(s)</source>
        <translation>
            <numerusform>Rôles de %n utilisateur</numerusform>
            <numerusform>Rôles de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change the roles of %n user(s): %1</source>
        <translation>
            <numerusform>Modifier les rôles de %n utilisateur&#xa0;: %1</numerusform>
            <numerusform>Modifier les rôles de %n utilisateurs&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked: every user gets the role. Unchecked: every user loses it. Partly checked: left as it is.</source>
        <translation>Coché&#xa0;: chaque utilisateur reçoit le rôle. Décoché&#xa0;: chaque utilisateur le perd. Partiellement coché&#xa0;: inchangé.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Another role…</source>
        <translation>Autre rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>keyledger::ChainVerificationController</name>
    <message>
        <location filename="../ui/common/ChainVerificationController.cpp" line="+26"/>
        <source>Checking every event of the ledger against its hash…</source>
        <translation>Vérification de chaque événement du registre par rapport à son empreinte…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify ledger</source>
        <translation>Vérifier le registre</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ledger verified</source>
        <translation>Registre vérifié</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n event(s) match their hashes; nothing was altered.

Head: position %1
%2</source>
        <translation>
            <numerusform>%n événement correspond à son empreinte&#xa0;; rien n’a été altéré.

Tête de la chaîne&#xa0;: position %1
%2</numerusform>
            <numerusform>Les %n événements correspondent à leurs empreintes&#xa0;; rien n’a été altéré.

Tête de la chaîne&#xa0;: position %1
%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ledger altered</source>
        <translation>Registre altéré</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The ledger does not verify at position %1: %2.

The %n event(s) before it are intact.</source>
        <translation>
            <numerusform>La vérification du registre échoue à la position %1&#xa0;: %2.

%n événement avant cette position est intact.</numerusform>
            <numerusform>La vérification du registre échoue à la position %1&#xa0;: %2.

Les %n événements avant cette position sont intacts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verification failed</source>
        <translation>Échec de la vérification</translation>
    </message>
</context>
<context>
    <name>keyledger::ClaimConflictError</name>
    <message>
        <location filename="../model/store/StoreErrors.h" line="+68"/>
        <source>%1 &quot;%2&quot; is already taken</source>
        <translation>%1 «&#xa0;%2&#xa0;» est déjà pris</translation>
    </message>
</context>
<context>
    <name>keyledger::ConcurrencyError</name>
    <message>
        <location line="-28"/>
        <source>%1 was changed meanwhile: expected version %2, found %3</source>
        <translation>%1 a été modifié entre-temps&#xa0;: version %2 attendue, version %3 trouvée</translation>
    </message>
</context>
<context>
    <name>keyledger::ConnectionsDialog</name>
    <message>
        <location filename="../ui/sync/ConnectionsDialog.cpp" line="+53"/>
        <source>Server Connections</source>
        <translation>Connexions aux serveurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate could not be verified.

SHA-256 fingerprint:
%1

Trust it only if it is the fingerprint your Keycloak administrator gave you.</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié.

Empreinte SHA-256&#xa0;:
%1

Ne lui faites confiance que s’il s’agit de l’empreinte que vous a communiquée votre administrateur Keycloak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust This Certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use This Profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. prod</source>
        <translation>p. ex. prod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://sso.example.com</source>
        <translation>https://sso.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the realm whose users you manage</source>
        <translation>le realm dont vous gérez les utilisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin user and password</source>
        <translation>Utilisateur admin et mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client credentials (service account)</source>
        <translation>Identifiants client (compte de service)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation>URL du ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Realm:</source>
        <translation>Rea&amp;lm&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in &amp;with:</source>
        <translation>Se &amp;connecter avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token realm:</source>
        <translation>Realm du &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, realm %2</source>
        <translation>%1, realm %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (active)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A profile keeps its name; add a new one to use another.</source>
        <translation>Un profil garde son nom&#xa0;; ajoutez-en un nouveau pour en utiliser un autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept in the keychain; type to replace it</source>
        <translation>conservé dans le trousseau&#xa0;; saisissez-le pour le remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored in the keychain only</source>
        <translation>enregistré uniquement dans le trousseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+245"/>
        <source>Trusted certificate (SHA-256): %1</source>
        <translation>Certificat approuvé (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>&amp;Client id:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin &amp;username:</source>
        <translation>Nom d’utilisateur a&amp;dmin&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the realm above</source>
        <translation>par défaut&#xa0;: le realm ci-dessus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default: master</source>
        <translation>par défaut&#xa0;: master</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A profile named %1 exists already.</source>
        <translation>Un profil nommé %1 existe déjà.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved; the secret is in the keychain.</source>
        <translation>Enregistré&#xa0;; le secret est dans le trousseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved, but the keychain cannot keep the secret (%1): it is kept for this session only and will be asked for again next time.</source>
        <translation>Enregistré, mais le trousseau ne peut pas conserver le secret (%1)&#xa0;: il est conservé pour cette session uniquement et sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove server profile %1 and its secret from the keychain?

The ledger keeps every change; waiting changes are sent once another profile is used.</source>
        <translation>Supprimer le profil de serveur %1 et son secret du trousseau&#xa0;?

Le registre conserve toutes les modifications&#xa0;; les modifications en attente seront envoyées dès qu’un autre profil sera utilisé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profile %1 removed.</source>
        <translation>Profil %1 supprimé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keyledger now syncs with %1.</source>
        <translation>Keyledger se synchronise désormais avec %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the secret to test the connection.</source>
        <translation>Saisissez le secret pour tester la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the secret from the keychain…</source>
        <translation>Lecture du secret dans le trousseau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secret to test with (%1): type it in the secret field.</source>
        <translation>Aucun secret pour le test (%1)&#xa0;: saisissez-le dans le champ du secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain holds none for this profile</source>
        <translation>le trousseau n’en contient aucun pour ce profil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Connected to realm %1: %n user(s).</source>
        <translation>
            <numerusform>Connecté au realm %1&#xa0;: %n utilisateur.</numerusform>
            <numerusform>Connecté au realm %1&#xa0;: %n utilisateurs.</numerusform>
        </translation>
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
    <name>keyledger::DashboardImageWriter</name>
    <message>
        <location filename="../ui/analytics/DashboardImageWriter.cpp" line="+16"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyledger::DemoLauncher</name>
    <message>
        <source>Keyledger could not be started again.</source>
        <translation type="vanished">Keyledger n’a pas pu être relancé.</translation>
    </message>
</context>
<context>
    <name>keyledger::EraseUserAction</name>
    <message>
        <location filename="../ui/users/EraseUserAction.cpp" line="+20"/>
        <source>Erase Personal Data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right to be forgotten: erase the user&apos;s username, e-mail and names for good</source>
        <translation>Droit à l’oubli&#xa0;: effacer pour de bon le nom d’utilisateur, l’adresse e-mail et les noms de l’utilisateur</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+17"/>
        <source>Erase Personal Data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>This user&apos;s personal data is already erased.</source>
        <translation>Les données personnelles de cet utilisateur sont déjà effacées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This permanently erases the username, e-mail and names of %1 from every event, view and export of this ledger. The user&apos;s key is destroyed: nobody can recover them. The history stays, under the pseudonym %2, and the ledger still verifies. Changes of this user not yet sent to Keycloak are not sent.

Type the username %1 to confirm:</source>
        <translation>Ceci efface définitivement le nom d’utilisateur, l’adresse e-mail et les noms de %1 de chaque événement, vue et export de ce registre. La clé de l’utilisateur est détruite&#xa0;: personne ne pourra les retrouver. L’historique reste, sous le pseudonyme %2, et le registre se vérifie toujours. Les modifications de cet utilisateur pas encore envoyées à Keycloak ne le seront pas.

Saisissez le nom d’utilisateur %1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The username did not match; nothing was erased.</source>
        <translation>Le nom d’utilisateur ne correspond pas&#xa0;; rien n’a été effacé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erasing the personal data of %1…</source>
        <translation>Effacement des données personnelles de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was erased: %1</source>
        <translation>Rien n’a été effacé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data erased; the user is now shown as %1.</source>
        <translation>Données personnelles effacées&#xa0;; l’utilisateur apparaît désormais sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>keyledger::EventLogModel</name>
    <message>
        <location filename="../ui/common/EventLogModel.cpp" line="+61"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>keyledger::FirstLoginBuckets</name>
    <message>
        <location filename="../ui/analytics/FirstLoginBuckets.cpp" line="+23"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>keyledger::FirstLoginChart</name>
    <message>
        <location filename="../ui/analytics/FirstLoginChart.cpp" line="+17"/>
        <location line="+24"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+36"/>
        <source>Days to first login</source>
        <translation>Jours avant la première connexion</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Days from creation to first login</source>
        <translation>Jours entre la création et la première connexion</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Days to first login (nobody logged in)</source>
        <translation>Jours avant la première connexion (personne ne s’est connecté)</translation>
    </message>
</context>
<context>
    <name>keyledger::FirstRunPanel</name>
    <message>
        <location filename="../ui/common/FirstRunPanel.cpp" line="+14"/>
        <source>Connect to a Server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Demo Store</source>
        <translation>Ouvrir le registre de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No users yet</source>
        <translation>Aucun utilisateur pour l’instant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyledger keeps a ledger of every change to your Keycloak users, on this computer. This ledger is empty and no server is configured.</source>
        <translation>Keyledger tient, sur cet ordinateur, un registre de chaque modification de vos utilisateurs Keycloak. Ce registre est vide et aucun serveur n’est configuré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Connect to Keycloak&lt;/b&gt;&lt;br&gt;Add your server in &lt;i&gt;Server › Connections…&lt;/i&gt;, then import its users with &lt;i&gt;Server › Import from Keycloak…&lt;/i&gt;</source>
        <translation>&lt;b&gt;Se connecter à Keycloak&lt;/b&gt;&lt;br&gt;Ajoutez votre serveur dans &lt;i&gt;Serveur › Connexions…&lt;/i&gt;, puis importez ses utilisateurs avec &lt;i&gt;Serveur › Importer depuis Keycloak…&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Try it first&lt;/b&gt;&lt;br&gt;Open a demo ledger with 2,000 made-up users and a year of history. It is a separate file and never talks to a server.</source>
        <translation>&lt;b&gt;Essayer d’abord&lt;/b&gt;&lt;br&gt;Ouvrez un registre de démonstration avec 2&#xa0;000 utilisateurs fictifs et un an d’historique. C’est un fichier distinct, qui ne communique jamais avec un serveur.</translation>
    </message>
</context>
<context>
    <name>keyledger::GuiApplicationShell</name>
    <message>
        <location filename="../app/gui/GuiApplicationShell.cpp" line="+28"/>
        <source>Open Ledger</source>
        <translation>Ouvrir le registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another ledger opens once %1 has finished.</source>
        <translation>Un autre registre s’ouvrira quand %1 sera terminé.</translation>
    </message>
</context>
<context>
    <name>keyledger::GuiSession</name>
    <message>
        <location filename="../app/gui/GuiSession.cpp" line="+169"/>
        <source>Open &amp;My Ledger</source>
        <translation>Ouvrir &amp;mon registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the demo and go back to your own ledger</source>
        <translation>Quitter la démonstration et revenir à votre registre</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>an import from Keycloak</source>
        <translation>l’import depuis Keycloak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an audit export</source>
        <translation>l’export d’audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change to several users</source>
        <translation>la modification de plusieurs utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an erasure of personal data</source>
        <translation>l’effacement de données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ledger verification</source>
        <translation>la vérification du registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the creation of the demo ledger</source>
        <translation>la création du registre de démonstration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo ledger is never synchronised. Choose File › Open My Ledger to connect to a server.</source>
        <translation>Le registre de démonstration n’est jamais synchronisé. Choisissez Fichier › Ouvrir mon registre pour vous connecter à un serveur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The demo ledger opens in this window once %1 has finished.</source>
        <translation>Le registre de démonstration s’ouvrira dans cette fenêtre quand %1 sera terminé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language shows as soon as %1 has finished.</source>
        <translation>La nouvelle langue s’affichera dès que %1 sera terminé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keyledger is now shown in %1.</source>
        <translation>Keyledger s’affiche maintenant en %1.</translation>
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
        <translation>Utilisateurs dans Keycloak&#xa0;: %1
Nouveaux&#xa0;: %2
Modifiés dans Keycloak&#xa0;: %3
Inchangés&#xa0;: %4
Supprimés dans Keycloak&#xa0;: %5
En attente de synchronisation&#xa0;: %6
Sans correspondance&#xa0;: %7
Connexions enregistrées&#xa0;: %8</translation>
    </message>
</context>
<context>
    <name>keyledger::InlineMessage</name>
    <message>
        <location filename="../ui/users/InlineMessage.cpp" line="+24"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>keyledger::KeycloakError</name>
    <message>
        <location filename="../model/keycloak/KeycloakError.cpp" line="+189"/>
        <source>Keycloak cannot be reached.</source>
        <translation>Keycloak est injoignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak cannot be reached: %1</source>
        <translation>Keycloak est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak did not answer in time.</source>
        <translation>Keycloak n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted (SHA-256 fingerprint %1). %2</source>
        <translation>Le certificat du serveur n’est pas approuvé (empreinte SHA-256 %1). %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keycloak refused the credentials: check the user or client id and the secret.</source>
        <translation>Keycloak a refusé les identifiants&#xa0;: vérifiez l’utilisateur ou l’identifiant client, ainsi que le secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keycloak rejected the value of &quot;%1&quot;: %2</source>
        <translation>Keycloak a rejeté la valeur de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak rejected the request: %1</source>
        <translation>Keycloak a rejeté la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak no longer accepts the session; signing in again did not help.</source>
        <translation>Keycloak n’accepte plus la session&#xa0;; une nouvelle connexion n’y a rien changé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account lacks the realm-management role &quot;%1&quot; needed for this operation.</source>
        <translation>Il manque au compte le rôle realm-management «&#xa0;%1&#xa0;» nécessaire à cette opération.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is not allowed to do this in Keycloak.</source>
        <translation>Le compte n’est pas autorisé à faire cela dans Keycloak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak does not know this object (it may have been deleted there).</source>
        <translation>Keycloak ne connaît pas cet objet (il y a peut-être été supprimé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user with this username already exists in Keycloak.</source>
        <translation>Un utilisateur avec ce nom d’utilisateur existe déjà dans Keycloak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user with this e-mail address already exists in Keycloak.</source>
        <translation>Un utilisateur avec cette adresse e-mail existe déjà dans Keycloak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user with this username or e-mail address already exists in Keycloak.</source>
        <translation>Un utilisateur avec ce nom d’utilisateur ou cette adresse e-mail existe déjà dans Keycloak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak asks to slow down (too many requests); it will be tried again later.</source>
        <translation>Keycloak demande de ralentir (trop de requêtes)&#xa0;; une nouvelle tentative aura lieu plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak failed with an internal error (HTTP %1).</source>
        <translation>Keycloak a échoué avec une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak&apos;s answer could not be read: %1</source>
        <translation>La réponse de Keycloak n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>keyledger::KeycloakTransport</name>
    <message>
        <location filename="../model/keycloak/KeycloakTransport.cpp" line="+124"/>
        <source>Subject: %1. Issuer: %2. Valid until: %3.</source>
        <translation>Sujet&#xa0;: %1. Émetteur&#xa0;: %2. Valide jusqu’au %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no complete answer within %1 ms</source>
        <translation>aucune réponse complète dans un délai de %1&#xa0;ms</translation>
    </message>
</context>
<context>
    <name>keyledger::LanguageMenu</name>
    <message>
        <location filename="../ui/common/LanguageMenu.cpp" line="+27"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation type="vanished">S’applique au prochain démarrage</translation>
    </message>
    <message>
        <source>The language changes the next time Keyledger starts.</source>
        <translation type="vanished">La langue changera au prochain démarrage de Keyledger.</translation>
    </message>
</context>
<context>
    <name>keyledger::MainWindow</name>
    <message>
        <location filename="../ui/common/MainWindow.cpp" line="+38"/>
        <source>Keyledger</source>
        <translation>Keyledger</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ledger: %1</source>
        <translation>Registre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify Ledger…</source>
        <translation>&amp;Vérifier le registre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that no event was altered, removed or reordered</source>
        <translation>Vérifier qu’aucun événement n’a été ni altéré, ni supprimé, ni déplacé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Keyledger</source>
        <translation>À &amp;propos de Keyledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Keyledger</source>
        <translation>À propos de Keyledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Keyledger %1&lt;/b&gt;&lt;p&gt;Keycloak user administration with a tamper-evident local ledger.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Keyledger %1&lt;/b&gt;&lt;p&gt;Administration des utilisateurs Keycloak, avec un registre local où toute altération est détectable.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Views updating: %n event(s) behind</source>
        <translation>
            <numerusform>Mise à jour des vues&#xa0;: %n événement de retard</numerusform>
            <numerusform>Mise à jour des vues&#xa0;: %n événements de retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::OutboxDelivery</name>
    <message>
        <location filename="../model/sync/OutboxDelivery.cpp" line="+100"/>
        <source>Keycloak could not send the e-mail (is its SMTP server set up?)</source>
        <translation>Keycloak n’a pas pu envoyer l’e-mail (son serveur SMTP est-il configuré&#xa0;?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keyledger does not know how to deliver a %1 event.</source>
        <translation>Keyledger ne sait pas transmettre un événement %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User %1 was never created in Keycloak (its creation was refused or discarded).</source>
        <translation>L’utilisateur %1 n’a jamais été créé dans Keycloak (sa création a été refusée ou abandonnée).</translation>
    </message>
</context>
<context>
    <name>keyledger::OutboxModel</name>
    <message>
        <location filename="../ui/sync/OutboxModel.cpp" line="+38"/>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update profile</source>
        <translation>Mise à jour du profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change roles</source>
        <translation>Modification des rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify e-mail</source>
        <translation>Vérification de l’adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password reset e-mail</source>
        <translation>E-mail de réinitialisation du mot de passe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (ledger position %2)</source>
        <translation>%1 (position %2 dans le registre)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>keyledger::PersonalDataCipher</name>
    <message>
        <location filename="../model/privacy/PersonalDataCipher.cpp" line="+20"/>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>keyledger::PersonalDataEraser</name>
    <message>
        <location filename="../model/privacy/PersonalDataEraser.cpp" line="+46"/>
        <source>This user does not exist.</source>
        <translation>Cet utilisateur n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The personal data of this user was erased already.</source>
        <translation>Les données personnelles de cet utilisateur ont déjà été effacées.</translation>
    </message>
</context>
<context>
    <name>keyledger::PersonalDataVault</name>
    <message>
        <location filename="../model/privacy/PersonalDataVault.cpp" line="+114"/>
        <source>The personal data of event %1 cannot be decrypted: its key or its bytes were altered.</source>
        <translation>Les données personnelles de l’événement %1 ne peuvent pas être déchiffrées&#xa0;: sa clé ou ses octets ont été altérés.</translation>
    </message>
</context>
<context>
    <name>keyledger::PersonalKeyring</name>
    <message>
        <location filename="../model/privacy/PersonalKeyring.cpp" line="+76"/>
        <source>The personal data of %1 was erased; its events can no longer carry a username, e-mail or name.</source>
        <translation>Les données personnelles de %1 ont été effacées&#xa0;; ses événements ne peuvent plus porter de nom d’utilisateur, d’adresse e-mail ni de nom.</translation>
    </message>
</context>
<context>
    <name>keyledger::ProgressTask</name>
    <message>
        <location filename="../ui/common/ProgressTask.cpp" line="+13"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>keyledger::ProjectionWorker</name>
    <message>
        <location filename="../model/projections/ProjectionWorker.cpp" line="+96"/>
        <source>The read models are not open.</source>
        <translation>Les vues ne sont pas ouvertes.</translation>
    </message>
</context>
<context>
    <name>keyledger::Projector</name>
    <message>
        <location filename="../model/projections/Projector.cpp" line="+184"/>
        <source>cannot apply the event at position %1: %2</source>
        <translation>impossible d’appliquer l’événement à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no read model named %1 (known: %2).</source>
        <translation>Aucune vue ne s’appelle %1 (vues connues&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rebuilding %1 stopped at position %2: %3</source>
        <translation>La reconstruction de la vue %1 s’est arrêtée à la position %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>keyledger::RealmImport</name>
    <message>
        <location filename="../model/sync/RealmImport.cpp" line="+127"/>
        <source>Realm %1 does not keep the organizationId attribute: organisations were not compared.</source>
        <translation>Le realm %1 ne conserve pas l’attribut organizationId&#xa0;: les organisations n’ont pas été comparées.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 exists in Keycloak and, not yet synced, in the ledger; left for the sync to settle.</source>
        <translation>%1 existe dans Keycloak et, pas encore synchronisé, dans le registre&#xa0;; la synchronisation s’en chargera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keycloak user %1 has an id that is not a UUID (%2); skipped.</source>
        <translation>L’utilisateur Keycloak %1 a un identifiant qui n’est pas un UUID (%2)&#xa0;; ignoré.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was deleted in Keyledger but still exists in Keycloak.</source>
        <translation>%1 a été supprimé dans Keyledger mais existe toujours dans Keycloak.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Realm %1 does not store login events (Realm settings &gt; Events): no login history was imported.</source>
        <translation>Le realm %1 n’enregistre pas les événements de connexion (Realm settings &gt; Events)&#xa0;: aucun historique de connexion n’a été importé.</translation>
    </message>
</context>
<context>
    <name>keyledger::RealmImportAction</name>
    <message>
        <location filename="../ui/sync/RealmImportAction.cpp" line="+22"/>
        <source>&amp;Import from Keycloak…</source>
        <translation>&amp;Importer depuis Keycloak…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the realm&apos;s users, the changes made in Keycloak and the login history</source>
        <translation>Enregistrer les utilisateurs du realm, les modifications faites dans Keycloak et l’historique des connexions</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+15"/>
        <location line="+15"/>
        <source>Import from Keycloak</source>
        <translation>Importer depuis Keycloak</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>No server is connected. Add one in Server &gt; Connections… first.</source>
        <translation>Aucun serveur n’est connecté. Ajoutez-en d’abord un dans Serveur &gt; Connexions…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the users of realm %1 from %2?

New users, changes made in Keycloak, users deleted there and logins are recorded in the ledger. Users with changes still waiting to be sent are left as they are.</source>
        <translation>Importer les utilisateurs du realm %1 depuis %2&#xa0;?

Les nouveaux utilisateurs, les modifications faites dans Keycloak, les utilisateurs qui y ont été supprimés et les connexions sont enregistrés dans le registre. Les utilisateurs dont des modifications attendent encore d’être envoyées restent tels quels.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Secret for profile %1 (kept in memory only):</source>
        <translation>Secret du profil %1 (conservé en mémoire uniquement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing users from %1…</source>
        <translation>Import des utilisateurs depuis %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing users: %1 of %2</source>
        <translation>Import des utilisateurs&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Users in Keycloak: %1
New: %2
Changed in Keycloak: %3
Unchanged: %4
Deleted in Keycloak: %5
Waiting for the sync: %6
Not matched: %7
Logins recorded: %8</source>
        <translation type="vanished">Utilisateurs dans Keycloak&#xa0;: %1
Nouveaux&#xa0;: %2
Modifiés dans Keycloak&#xa0;: %3
Inchangés&#xa0;: %4
Supprimés dans Keycloak&#xa0;: %5
En attente de synchronisation&#xa0;: %6
Sans correspondance&#xa0;: %7
Connexions enregistrées&#xa0;: %8</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; what was recorded before stays recorded.

</source>
        <translation>L’import a été annulé&#xa0;; ce qui avait déjà été enregistré le reste.

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import stopped</source>
        <translation>Import interrompu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped: %1
What was recorded before stays recorded; import again to go on.

</source>
        <translation>L’import s’est interrompu&#xa0;: %1
Ce qui avait déjà été enregistré le reste&#xa0;; importez de nouveau pour continuer.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
</context>
<context>
    <name>keyledger::RealmRoles</name>
    <message>
        <location filename="../ui/users/RealmRoles.cpp" line="+44"/>
        <source>No server profile: the roles offered are those already used in this ledger.</source>
        <translation>Aucun profil de serveur&#xa0;: les rôles proposés sont ceux déjà utilisés dans ce registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the realm&apos;s roles… meanwhile the roles already used in this ledger are offered.</source>
        <translation>Lecture des rôles du realm… en attendant, les rôles déjà utilisés dans ce registre sont proposés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The realm&apos;s roles could not be read (%1): the roles already used in this ledger are offered.</source>
        <translation>Les rôles du realm n’ont pas pu être lus (%1)&#xa0;: les rôles déjà utilisés dans ce registre sont proposés.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no secret in the keychain</source>
        <translation>aucun secret dans le trousseau</translation>
    </message>
</context>
<context>
    <name>keyledger::ReencryptionMigration</name>
    <message>
        <location filename="../model/privacy/ReencryptionMigration.cpp" line="+124"/>
        <source>The ledger %1 does not verify at position %2, so its personal data was not re-encrypted from there on (that would hide the damage). Check it with the previous Keyledger&apos;s verify.</source>
        <translation>La vérification du registre %1 échoue à la position %2&#xa0;: ses données personnelles n’ont donc pas été rechiffrées à partir de là (cela masquerait les dégâts). Vérifiez-le avec la commande verify de la version précédente de Keyledger.</translation>
    </message>
</context>
<context>
    <name>keyledger::SavedSearchButton</name>
    <message>
        <location filename="../ui/users/SavedSearchButton.cpp" line="+16"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall a saved set of filters, or save the current one</source>
        <translation>Rappeler un jeu de filtres enregistré, ou enregistrer le jeu actuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this search:</source>
        <translation>Nom de cette recherche&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Save Current Search…</source>
        <translation>&amp;Enregistrer la recherche actuelle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;Supprimer une recherche enregistrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted the saved search “%1”.</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is the name of a built-in search: choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d’une recherche prédéfinie&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the search “%1”.</source>
        <translation>Recherche «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
</context>
<context>
    <name>keyledger::SavedSearchStore</name>
    <message>
        <location filename="../ui/users/SavedSearchStore.cpp" line="+28"/>
        <source>Disabled</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail not verified</source>
        <translation>E-mail non vérifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never logged in</source>
        <translation>Jamais connectés</translation>
    </message>
</context>
<context>
    <name>keyledger::SchemaMigrator</name>
    <message>
        <location filename="../model/store/SchemaMigrator.cpp" line="+123"/>
        <source>%1 was written by a newer Keyledger (schema %2; this build knows %3).</source>
        <translation>%1 a été écrit par une version plus récente de Keyledger (schéma %2&#xa0;; cette version connaît au plus le schéma %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no Keyledger schema yet.</source>
        <translation>%1 n’a pas encore de schéma Keyledger.</translation>
    </message>
</context>
<context>
    <name>keyledger::ServerProfileRepository</name>
    <message>
        <location filename="../model/sync/ServerProfileRepository.cpp" line="+45"/>
        <source>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Un nom de profil comporte de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server URL must be an http:// or https:// address, e.g. https://sso.example.com.</source>
        <translation>L’URL du serveur doit être une adresse http:// ou https://, p. ex. https://sso.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The realm is missing.</source>
        <translation>Le realm n’est pas indiqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client id is missing.</source>
        <translation>L’identifiant client n’est pas indiqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin username is missing.</source>
        <translation>Le nom d’utilisateur admin n’est pas indiqué.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>There is no server profile named %1.</source>
        <translation>Il n’existe aucun profil de serveur nommé %1.</translation>
    </message>
</context>
<context>
    <name>keyledger::SignUpsChart</name>
    <message>
        <location filename="../ui/analytics/SignUpsChart.cpp" line="+22"/>
        <source>Sign-ups</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>Sign-ups per week</source>
        <translation>Inscriptions par semaine</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sign-ups per week (none)</source>
        <translation>Inscriptions par semaine (aucune)</translation>
    </message>
</context>
<context>
    <name>keyledger::SqliteConnection</name>
    <message>
        <location filename="../model/store/SqliteConnection.cpp" line="+35"/>
        <source>No Keyledger store at %1.</source>
        <translation>Aucun registre Keyledger à l’emplacement %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store %1 is read-only; Keyledger needs to write to it.</source>
        <translation>Le registre %1 est en lecture seule&#xa0;; Keyledger doit pouvoir y écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an empty file, not a Keyledger store.</source>
        <translation>%1 est un fichier vide, pas un registre Keyledger.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Keyledger store (it is not an SQLite database).</source>
        <translation>%1 n’est pas un registre Keyledger (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an SQLite database, but not a Keyledger store.</source>
        <translation>%1 est une base de données SQLite, mais pas un registre Keyledger.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The store %1 is damaged (%2).</source>
        <translation>Le registre %1 est endommagé (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store %1 is read-only (%2).</source>
        <translation>Le registre %1 est en lecture seule (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed on %2: %3</source>
        <translation>Échec de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SQLite driver gave no usable connection handle.</source>
        <translation>Le pilote SQLite n’a fourni aucune connexion utilisable.</translation>
    </message>
</context>
<context>
    <name>keyledger::SqliteEventStore</name>
    <message>
        <location filename="../model/store/SqliteEventStore.cpp" line="+50"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the store %1.</source>
        <translation>Impossible de créer le registre %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An event stream needs an id.</source>
        <translation>Un flux d’événements doit avoir un identifiant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every event needs an id and a type.</source>
        <translation>Chaque événement doit avoir un identifiant et un type.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Event %1 is already stored in another stream or twice in this request.</source>
        <translation>L’événement %1 est déjà enregistré dans un autre flux, ou figure deux fois dans cette requête.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Event %1 is already stored in another stream, or only part of this request was stored.</source>
        <translation>L’événement %1 est déjà enregistré dans un autre flux, ou seule une partie de cette requête a été enregistrée.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No outbox row of %1 at position %2 to settle.</source>
        <translation>Aucune ligne de la file d’envoi de %1 à la position %2 dont enregistrer l’issue.</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>event at position %1 is missing (the next stored event is at %2)</source>
        <translation>l’événement à la position %1 est manquant (l’événement enregistré suivant est à la position %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its previous-hash does not match the hash of the event before it</source>
        <translation>son empreinte précédente (previous-hash) ne correspond pas à l’empreinte de l’événement qui le précède</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its contents do not match its hash (the row was altered)</source>
        <translation>son contenu ne correspond pas à son empreinte (la ligne a été altérée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its hash differs from the one recorded when the ledger was re-encrypted (chain epoch)</source>
        <translation>son empreinte diffère de celle enregistrée lors du rechiffrement du registre (époque de chaîne)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>verification cancelled</source>
        <translation>vérification annulée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>events %1 to %2 are missing from the end of the store</source>
        <translation>les événements %1 à %2 manquent à la fin du registre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no stream %1 to erase.</source>
        <translation>Il n’existe aucun flux %1 à effacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal data of %1 was erased already.</source>
        <translation>Les données personnelles de %1 ont déjà été effacées.</translation>
    </message>
</context>
<context>
    <name>keyledger::StatusBreakdownChart</name>
    <message>
        <location filename="../ui/analytics/StatusBreakdownChart.cpp" line="+42"/>
        <location line="+25"/>
        <source>Users by status</source>
        <translation>Utilisateurs par statut</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: %2 (%3%)</source>
        <translation>%1&#xa0;: %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users by status (no users)</source>
        <translation>Utilisateurs par statut (aucun utilisateur)</translation>
    </message>
</context>
<context>
    <name>keyledger::SyncController</name>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="+28"/>
        <source>%1

Client secret of %2 for server profile %3 (kept in memory only):</source>
        <translation>%1

Secret client de %2 pour le profil de serveur %3 (conservé en mémoire uniquement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Password of %2 for server profile %3 (kept in memory only):</source>
        <translation>%1

Mot de passe de %2 pour le profil de serveur %3 (conservé en mémoire uniquement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server secret</source>
        <translation>Secret du serveur</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The keychain holds no secret for this profile.</source>
        <translation>Le trousseau ne contient aucun secret pour ce profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain cannot be read: %1</source>
        <translation>Impossible de lire le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync is paused: no secret for server profile %1. %2</source>
        <translation>Synchronisation en pause&#xa0;: aucun secret pour le profil de serveur %1. %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sync cannot start: %1</source>
        <translation>Impossible de démarrer la synchronisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyledger::SyncStatusBar</name>
    <message>
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+62"/>
        <source>Server profiles (click to manage)</source>
        <translation>Profils de serveur (cliquez pour les gérer)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>synced just now</source>
        <translation>synchronisé à l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>synced %n min ago</source>
        <translation>
            <numerusform>synchronisé il y a %n&#xa0;min</numerusform>
            <numerusform>synchronisé il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>synced %n h ago</source>
        <translation>
            <numerusform>synchronisé il y a %n&#xa0;h</numerusform>
            <numerusform>synchronisé il y a %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synced on %1</source>
        <translation>synchronisé le %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No server</source>
        <translation>Aucun serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local only</source>
        <translation>Local uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server profile: changes wait in the outbox. Server &gt; Connections… adds one.</source>
        <translation>Aucun profil de serveur&#xa0;: les modifications attendent dans la file d’envoi. Serveur &gt; Connexions… permet d’en ajouter un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline (waiting)</source>
        <translation>Hors ligne (en attente)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="vanished">Connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing sent yet: the connection is checked with the next change.</source>
        <translation>Rien d’envoyé pour l’instant&#xa0;: la connexion sera vérifiée avec la prochaine modification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
Next attempt at %2</source>
        <translation>%1
Prochaine tentative à %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to reach Keycloak</source>
        <translation>Modifications en attente d’envoi à Keycloak</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes Keycloak refused: see the Sync page to retry or discard them</source>
        <translation>Modifications refusées par Keycloak&#xa0;: consultez la page Synchronisation pour les réessayer ou les abandonner</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>views %n event(s) behind</source>
        <translation>
            <numerusform>vues en retard de %n événement</numerusform>
            <numerusform>vues en retard de %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::SyncView</name>
    <message>
        <location filename="../ui/sync/SyncView.cpp" line="+52"/>
        <source>Connections…</source>
        <translation>Connexions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the waiting changes to Keycloak now</source>
        <translation>Envoyer maintenant les modifications en attente à Keycloak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the refused change again (fix the user&apos;s data first)</source>
        <translation>Renvoyer la modification refusée (corrigez d’abord les données de l’utilisateur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up this change: Keycloak keeps its version</source>
        <translation>Abandonner cette modification&#xa0;: Keycloak garde sa version</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbox</source>
        <translation>File d’envoi</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing waiting: every change has reached Keycloak.</source>
        <translation>Rien en attente&#xa0;: toutes les modifications sont parvenues à Keycloak.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The outbox cannot be read: %1</source>
        <translation>La file d’envoi ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a row to see its last error.</source>
        <translation>Sélectionnez une ligne pour voir sa dernière erreur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+373"/>
        <source>Keycloak refused this change: %1
Fix the user and Retry, or Discard it to keep Keycloak&apos;s version. The user&apos;s later changes wait behind it.</source>
        <translation>Keycloak a refusé cette modification&#xa0;: %1
Corrigez l’utilisateur puis réessayez, ou abandonnez la modification pour garder la version de Keycloak. Les modifications suivantes de l’utilisateur attendent derrière elle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last attempt failed: %1 (it will be tried again)</source>
        <translation>Échec de la dernière tentative&#xa0;: %1 (une nouvelle tentative aura lieu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent to Keycloak.</source>
        <translation>En attente d’envoi à Keycloak.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync is not available in this window.</source>
        <translation>La synchronisation n’est pas disponible dans cette fenêtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server profile: changes stay in the outbox until you connect to Keycloak.</source>
        <translation>Aucun profil de serveur&#xa0;: les modifications restent dans la file d’envoi jusqu’à ce que vous vous connectiez à Keycloak.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+14"/>
        <source>The change to %1 will be sent again.</source>
        <translation>La modification de %1 sera renvoyée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/users/UserSyncActions.cpp" line="+54"/>
        <source>Discard the change “%1” of user %2?

It will never be sent: Keycloak keeps its own version of this user. The decision is recorded in the ledger, and the user&apos;s later changes are sent next.</source>
        <translation>Abandonner la modification «&#xa0;%1&#xa0;» de l’utilisateur %2&#xa0;?

Elle ne sera jamais envoyée&#xa0;: Keycloak garde sa propre version de cet utilisateur. Cette décision est enregistrée dans le registre, et les modifications suivantes de l’utilisateur seront envoyées ensuite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/users/UserSyncActions.cpp" line="+10"/>
        <source>Discard Change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/users/UserDetailPanel.cpp" line="+23"/>
        <source>The change to %1 was discarded.</source>
        <translation>La modification de %1 a été abandonnée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server profile: nothing can be sent.</source>
        <translation>Aucun profil de serveur&#xa0;: rien ne peut être envoyé.</translation>
    </message>
</context>
<context>
    <name>keyledger::SyncWorker</name>
    <message>
        <location filename="../model/sync/SyncWorker.cpp" line="+148"/>
        <source>The event at position %1 is not in the user&apos;s stream.</source>
        <translation>L’événement à la position %1 n’est pas dans le flux de l’utilisateur.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Realm %1 does not keep the organizationId attribute, so organisations are not stored in Keycloak. Allow it with: keyledger-cli profile allow-organization %2</source>
        <translation>Le realm %1 ne conserve pas l’attribut organizationId&#xa0;: les organisations ne sont donc pas enregistrées dans Keycloak. Autorisez-le avec&#xa0;: keyledger-cli profile allow-organization %2</translation>
    </message>
</context>
<context>
    <name>keyledger::UpcasterRegistry</name>
    <message>
        <location filename="../model/store/UpcasterRegistry.cpp" line="+27"/>
        <source>No upcaster for %1 version %2: this event cannot be read.</source>
        <translation>Aucune conversion pour %1 version %2&#xa0;: cet événement ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>keyledger::UserActionsController</name>
    <message numerus="yes">
        <location filename="../ui/users/UserActionsController.cpp" line="+64"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Disable %n user(s)? They will not be able to sign in.</source>
        <translation>
            <numerusform>Désactiver %n utilisateur&#xa0;? Il ne pourra plus se connecter.</numerusform>
            <numerusform>Désactiver %n utilisateurs&#xa0;? Ils ne pourront plus se connecter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n user(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n utilisateur&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n utilisateurs&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Enable %n user(s)?</source>
        <translation>
            <numerusform>Activer %n utilisateur&#xa0;?</numerusform>
            <numerusform>Activer %n utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Mark the e-mail address of %n user(s) as verified?</source>
        <translation>
            <numerusform>Marquer l’adresse e-mail de %n utilisateur comme vérifiée&#xa0;?</numerusform>
            <numerusform>Marquer les adresses e-mail de %n utilisateurs comme vérifiées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark verified</source>
        <translation>Marquer comme vérifiée</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Send a password-reset e-mail to %n user(s)?</source>
        <translation>
            <numerusform>Envoyer un e-mail de réinitialisation du mot de passe à %n utilisateur&#xa0;?</numerusform>
            <numerusform>Envoyer un e-mail de réinitialisation du mot de passe à %n utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove %1</source>
        <translation>retirer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change the roles of %n user(s): %1?</source>
        <translation>
            <numerusform>Modifier les rôles de %n utilisateur&#xa0;: %1&#xa0;?</numerusform>
            <numerusform>Modifier les rôles de %n utilisateurs&#xa0;: %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change roles</source>
        <translation>Modifier les rôles</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Another bulk action is still running.</source>
        <translation>Une autre action groupée est encore en cours.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Applying to %n user(s)…</source>
        <translation>
            <numerusform>Application à %n utilisateur…</numerusform>
            <numerusform>Application à %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Enabled %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur activé.</numerusform>
            <numerusform>%n utilisateurs activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Disabled %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur désactivé.</numerusform>
            <numerusform>%n utilisateurs désactivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur supprimé.</numerusform>
            <numerusform>%n utilisateurs supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Marked the e-mail of %n user(s) as verified.</source>
        <translation>
            <numerusform>Adresse e-mail de %n utilisateur marquée comme vérifiée.</numerusform>
            <numerusform>Adresses e-mail de %n utilisateurs marquées comme vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A password-reset e-mail to %n user(s) will be sent by the next sync.</source>
        <translation>
            <numerusform>Un e-mail de réinitialisation du mot de passe sera envoyé à %n utilisateur lors de la prochaine synchronisation.</numerusform>
            <numerusform>Un e-mail de réinitialisation du mot de passe sera envoyé à %n utilisateurs lors de la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+71"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of %1 user(s) could not be changed:</source>
        <translation>
            <numerusform>%n utilisateur sur %1 n’a pas pu être modifié&#xa0;:</numerusform>
            <numerusform>%n utilisateurs sur %1 n’ont pas pu être modifiés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::UserAggregate</name>
    <message>
        <location filename="../model/domain/UserAggregate.cpp" line="+154"/>
        <source>Event %1 of %2 is out of order (expected version %3).</source>
        <translation>L’événement de version %1 du flux %2 est hors séquence (version %3 attendue).</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+167"/>
        <location line="+20"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>This user does not exist.</source>
        <translation>Cet utilisateur n’existe pas.</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>User %1 was deleted; a deleted user can only be viewed.</source>
        <translation>L’utilisateur %1 a été supprimé&#xa0;; un utilisateur supprimé peut seulement être consulté.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nothing to change: the profile already has these values.</source>
        <translation>Rien à modifier&#xa0;: le profil contient déjà ces valeurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User %1 is already enabled.</source>
        <translation>L’utilisateur %1 est déjà activé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User %1 is already disabled.</source>
        <translation>L’utilisateur %1 est déjà désactivé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Role %1 cannot be both added and removed.</source>
        <translation>Le rôle %1 ne peut pas être à la fois ajouté et retiré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to change: the user already has these roles.</source>
        <translation>Rien à modifier&#xa0;: l’utilisateur a déjà ces rôles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User %1 has no e-mail address to verify.</source>
        <translation>L’utilisateur %1 n’a pas d’adresse e-mail à vérifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address of %1 is already verified.</source>
        <translation>L’adresse e-mail de %1 est déjà vérifiée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>This login of %1 is already recorded.</source>
        <translation>Cette connexion de %1 est déjà enregistrée.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>User %1 is already in the ledger.</source>
        <translation>L’utilisateur %1 est déjà dans le registre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keycloak has the same data as the ledger.</source>
        <translation>Keycloak a les mêmes données que le registre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User %1 is already deleted.</source>
        <translation>L’utilisateur %1 est déjà supprimé.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>User %1 has no e-mail address to send the reset link to.</source>
        <translation>L’utilisateur %1 n’a pas d’adresse e-mail à laquelle envoyer le lien de réinitialisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User %1 is disabled; Keycloak sends no e-mail to a disabled user.</source>
        <translation>L’utilisateur %1 est désactivé&#xa0;; Keycloak n’envoie aucun e-mail à un utilisateur désactivé.</translation>
    </message>
</context>
<context>
    <name>keyledger::UserCommandHandler</name>
    <message>
        <location filename="../model/commands/UserCommandHandler.cpp" line="+63"/>
        <source>The username %1 is already taken by another user.</source>
        <translation>Le nom d’utilisateur %1 est déjà attribué à un autre utilisateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address %1 is already used by another user.</source>
        <translation>L’adresse e-mail %1 est déjà utilisée par un autre utilisateur.</translation>
    </message>
</context>
<context>
    <name>keyledger::UserDetailPanel</name>
    <message>
        <location filename="../ui/users/UserDetailPanel.cpp" line="-375"/>
        <location line="+7"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synced with Keycloak</source>
        <translation>Synchronisé avec Keycloak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent to Keycloak</source>
        <translation>En attente d’envoi à Keycloak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by Keycloak</source>
        <translation>Refusé par Keycloak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in this ledger</source>
        <translation>Uniquement dans ce registre</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the user as it is now</source>
        <translation>Afficher l’utilisateur tel qu’il est maintenant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;As of:</source>
        <translation>À la da&amp;te du&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Username:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>Modifié&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First login:</source>
        <translation>Première connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login:</source>
        <translation>Dernière connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak id:</source>
        <translation>Identifiant Keycloak&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync:</source>
        <translation>Synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Retry</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the refused change again (fix the user&apos;s data first)</source>
        <translation>Renvoyer la modification refusée (corrigez d’abord les données de l’utilisateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iscard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up this change: Keycloak keeps its version</source>
        <translation>Abandonner cette modification&#xa0;: Keycloak garde sa version</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Show the user as it was at this moment (UTC)</source>
        <translation>Afficher l’utilisateur tel qu’il était à ce moment (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time travel is not available in this build.</source>
        <translation>Le voyage dans le temps n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The history cannot be read: %1</source>
        <translation>L’historique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>As it was on %1 UTC. Actions apply to the user as it is now.</source>
        <translation>Tel qu’il était le %1 UTC. Les actions s’appliquent à l’utilisateur tel qu’il est maintenant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user did not exist on %1 UTC.</source>
        <translation>Cet utilisateur n’existait pas le %1 UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No user selected</source>
        <translation>Aucun utilisateur sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User not found</source>
        <translation>Utilisateur introuvable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (verified)</source>
        <translation>%1 (vérifiée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not verified)</source>
        <translation>%1 (non vérifiée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not changed since creation</source>
        <translation>pas modifié depuis la création</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet in Keycloak</source>
        <translation>pas encore dans Keycloak</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reading the ledger…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user as of that moment cannot be read: %1</source>
        <translation>L’utilisateur tel qu’il était à ce moment ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyledger::UserDetailProjection</name>
    <message>
        <location filename="../model/projections/UserDetailProjection.cpp" line="+260"/>
        <source>User %1 is created twice (event at position %2).</source>
        <translation>L’utilisateur %1 est créé deux fois (événement à la position %2).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event %1 at position %2 is for user %3, who was never created.</source>
        <translation>L’événement %1 à la position %2 concerne l’utilisateur %3, qui n’a jamais été créé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event %1 of user %2 has version %3; the detail expected version %4.</source>
        <translation>L’événement %1 de l’utilisateur %2 est à la version %3&#xa0;; la vue détail attendait la version %4.</translation>
    </message>
</context>
<context>
    <name>keyledger::UserEditorDialog</name>
    <message>
        <location filename="../ui/users/UserEditorDialog.cpp" line="+49"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Rôles&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Comma-separated, e.g. admin, auditor</source>
        <translation>Séparés par des virgules, p. ex. admin, auditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username cannot be changed after creation.</source>
        <translation>Le nom d’utilisateur ne peut plus être modifié après la création.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nabled</source>
        <translation>Ac&amp;tivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail &amp;verified</source>
        <translation>E-mail &amp;vérifié</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep My Changes</source>
        <translation>&amp;Garder mes modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply your changes on top of the other person&apos;s version when you save</source>
        <translation>Appliquer vos modifications sur la version de l’autre personne à l’enregistrement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No roles known yet</source>
        <translation>Aucun rôle connu pour l’instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick from the known roles</source>
        <translation>Choisir parmi les rôles connus</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Someone else changed this user since you opened it. Reload to see the current values (your changes here are replaced), or keep your changes to apply them on top of the current version.</source>
        <translation>Quelqu’un d’autre a modifié cet utilisateur depuis que vous l’avez ouvert. Rechargez pour voir les valeurs actuelles (vos modifications ici sont remplacées), ou gardez vos modifications pour les appliquer sur la version actuelle.</translation>
    </message>
    <message>
        <source>Someone else changed this user since you opened it. Reload to see the current values (your changes here will be replaced), or cancel.</source>
        <translation type="vanished">Quelqu’un d’autre a modifié cet utilisateur depuis que vous l’avez ouvert. Rechargez pour voir les valeurs actuelles (vos modifications ici seront remplacées), ou annulez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ledger could not be written: %1</source>
        <translation>Impossible d’écrire dans le registre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Someone else deleted this user.</source>
        <translation>Quelqu’un d’autre a supprimé cet utilisateur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e-mail: %1 → %2</source>
        <translation>adresse e-mail&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first name: %1 → %2</source>
        <translation>prénom&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last name: %1 → %2</source>
        <translation>nom&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>organisation: %1 → %2</source>
        <translation>organisation&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles: %1 → %2</source>
        <translation>rôles&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail verified</source>
        <translation>adresse e-mail vérifiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail no longer verified</source>
        <translation>adresse e-mail non vérifiée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your changes are kept; Save applies them to the current version.</source>
        <translation>Vos modifications sont gardées&#xa0;; Enregistrer les applique à la version actuelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes are kept; Save applies them to the current version. Changed by someone else meanwhile: %1.</source>
        <translation>Vos modifications sont gardées&#xa0;; Enregistrer les applique à la version actuelle. Modifié entre-temps par quelqu’un d’autre&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reloaded the current values.</source>
        <translation>Valeurs actuelles rechargées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reloaded. Changed by someone else: %1.</source>
        <translation>Rechargé. Modifié par quelqu’un d’autre&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>keyledger::UserEventCodec</name>
    <message>
        <location filename="../model/domain/UserEventCodec.cpp" line="+251"/>
        <source>Unknown user event type %1</source>
        <translation>Type d’événement utilisateur %1 inconnu</translation>
    </message>
</context>
<context>
    <name>keyledger::UserFilterBar</name>
    <message>
        <location filename="../ui/users/UserFilterBar.cpp" line="+27"/>
        <source>Search username, name or e-mail…</source>
        <translation>Rechercher par nom d’utilisateur, nom ou e-mail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users whose username, first name, last name, full name or e-mail starts with the text (Ctrl+F)</source>
        <translation>Utilisateurs dont le nom d’utilisateur, le prénom, le nom, le nom complet ou l’adresse e-mail commence par le texte saisi (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any logins</source>
        <translation>Connexions&#xa0;: toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never logged in</source>
        <translation>Jamais connectés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in at least once</source>
        <translation>Connectés au moins une fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation</source>
        <translation>Sans organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Organisation:</source>
        <translation>O&amp;rganisation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keyledger::UserHistoryModel</name>
    <message>
        <location filename="../ui/users/UserHistoryModel.cpp" line="+41"/>
        <source>This desktop</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak import</source>
        <translation>Import Keycloak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (#%2, %3)</source>
        <translation>%1 (#%2, %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>keyledger::UserListModel</name>
    <message>
        <location filename="../ui/users/UserListModel.cpp" line="+17"/>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local only</source>
        <translation>Local uniquement</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Never logged in</source>
        <translation>Jamais connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keycloak: %1</source>
        <translation>Keycloak&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
</context>
<context>
    <name>keyledger::UserListProjection</name>
    <message>
        <location filename="../model/projections/UserListProjection.cpp" line="+230"/>
        <source>User %1 is created twice (event at position %2).</source>
        <translation>L’utilisateur %1 est créé deux fois (événement à la position %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Event %1 at position %2 is for user %3, who has no row in the list.</source>
        <translation>L’événement %1 à la position %2 concerne l’utilisateur %3, qui n’a pas de ligne dans la vue liste.</translation>
    </message>
</context>
<context>
    <name>keyledger::UserListQuery</name>
    <message>
        <location filename="../model/queries/UserListQuery.cpp" line="+23"/>
        <source>Cannot sort by &quot;%1&quot;; use one of: %2.</source>
        <translation>Impossible de trier par «&#xa0;%1&#xa0;»&#xa0;; utilisez l’un de ces champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown sort direction &quot;%1&quot;; use asc or desc.</source>
        <translation>Sens de tri «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez asc ou desc.</translation>
    </message>
</context>
<context>
    <name>keyledger::UserQueries</name>
    <message>
        <location filename="../model/queries/UserQueries.cpp" line="+166"/>
        <source>Cannot sort by &quot;%1&quot;; use one of: %2.</source>
        <translation>Impossible de trier par «&#xa0;%1&#xa0;»&#xa0;; utilisez l’un de ces champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The limit must be between 1 and %1.</source>
        <translation>La limite doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by status active, unverified or disabled.</source>
        <translation>Filtrez sur le statut active, unverified ou disabled.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The cursor &quot;%1&quot; is not valid.</source>
        <translation>Le curseur «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cursor belongs to another sort order; start again from the first page.</source>
        <translation>Ce curseur appartient à un autre ordre de tri&#xa0;; recommencez à partir de la première page.</translation>
    </message>
</context>
<context>
    <name>keyledger::UserStatus</name>
    <message>
        <location filename="../model/queries/UserStatus.cpp" line="+44"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>keyledger::UserValidator</name>
    <message>
        <location filename="../model/domain/UserValidator.cpp" line="+38"/>
        <source>A username is required.</source>
        <translation>Le nom d’utilisateur est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The username must be 3 to 255 characters long (it has %1).</source>
        <translation>Le nom d’utilisateur doit comporter de 3 à 255 caractères (il en a %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The username contains an invisible control character.</source>
        <translation>Le nom d’utilisateur contient un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username may not contain spaces.</source>
        <translation>Le nom d’utilisateur ne doit pas contenir d’espace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The username may not contain the character %1.</source>
        <translation>Le nom d’utilisateur ne doit pas contenir le caractère %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The e-mail address is longer than 255 characters.</source>
        <translation>L’adresse e-mail dépasse 255 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is longer than 255 characters.</source>
        <translation>Le %1 dépasse 255 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 contains an invisible control character.</source>
        <translation>Le %1 contient un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 may not contain the character %2.</source>
        <translation>Le %1 ne doit pas contenir le caractère %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The organisation is longer than 255 characters.</source>
        <translation>L’organisation dépasse 255 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation contains an invisible control character.</source>
        <translation>L’organisation contient un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A role name cannot be empty.</source>
        <translation>Un nom de rôle ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid role name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de rôle valide.</translation>
    </message>
</context>
<context>
    <name>keyledger::UsersView</name>
    <message>
        <location filename="../ui/users/UserListLoader.cpp" line="+23"/>
        <source>The user list is not ready yet.</source>
        <translation>La liste des utilisateurs n’est pas encore prête.</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="+160"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../ui/users/UserActionSet.cpp" line="+21"/>
        <source>&amp;New User…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a user (Ctrl+N)</source>
        <translation>Créer un utilisateur (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected user (Enter)</source>
        <translation>Modifier l’utilisateur sélectionné (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable the selected users</source>
        <translation>Activer les utilisateurs sélectionnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable the selected users: they can no longer sign in</source>
        <translation>Désactiver les utilisateurs sélectionnés&#xa0;: ils ne pourront plus se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected users (Delete)</source>
        <translation>Supprimer les utilisateurs sélectionnés (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark E-mail &amp;Verified</source>
        <translation>Marquer l’e-mail comme &amp;vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the e-mail address of the selected users as verified</source>
        <translation>Marquer l’adresse e-mail des utilisateurs sélectionnés comme vérifiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Password Reset</source>
        <translation>Réinitialiser le mot de &amp;passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected users an e-mail to choose a new password</source>
        <translation>Envoyer aux utilisateurs sélectionnés un e-mail pour choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find User</source>
        <translation>&amp;Rechercher un utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Roles…</source>
        <translation>Rô&amp;les…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or remove roles of the selected users</source>
        <translation>Ajouter ou retirer des rôles aux utilisateurs sélectionnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details Panel</source>
        <translation>Panneau de dé&amp;tails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the selected user&apos;s details and history (F9)</source>
        <translation>Afficher ou masquer les détails et l’historique de l’utilisateur sélectionné (F9)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>User actions</source>
        <translation>Actions sur les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/users/UserColumnChooser.cpp" line="+27"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/users/UserCountLabel.cpp" line="+28"/>
        <source>Preparing the user list…</source>
        <translation>Préparation de la liste des utilisateurs…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 sur %Ln utilisateur</numerusform>
            <numerusform>%1 sur %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="+145"/>
        <source>Showing the search “%1”.</source>
        <translation>Affichage de la recherche «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="vanished">Utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation type="vanished">Utilisateurs&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>User created.</source>
        <translation>Utilisateur créé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/users/UserDialogs.cpp" line="+72"/>
        <source>User %1 no longer exists.</source>
        <translation>L’utilisateur %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="-1"/>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AnalyticsCommand</name>
    <message>
        <location filename="../app/cli/AnalyticsCommand.cpp" line="+46"/>
        <source>--from must not be after --to.</source>
        <translation>--from ne doit pas être postérieur à --to.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Période de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Vérifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a login</source>
        <translation>Avec au moins une connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days to first login</source>
        <translation>Délai moyen avant 1re connexion (jours)</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AsOfOption</name>
    <message>
        <location filename="../app/cli/AsOfOption.cpp" line="+27"/>
        <source>--as-of must be an ISO 8601 time such as 2026-11-26T10:00:00Z, or a date (the end of that UTC day), not &quot;%1&quot;.</source>
        <translation>--as-of attend une heure ISO 8601 telle que 2026-11-26T10:00:00Z, ou une date (la fin de ce jour UTC), pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditCommand</name>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="vanished">--from ne doit pas être postérieur à --to.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="+46"/>
        <source>%1 of %2 events</source>
        <translation>Événements&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditExportCommand</name>
    <message>
        <location filename="../app/cli/AuditExportCommand.cpp" line="+37"/>
        <source>--format needs a value: csv, jsonl or pdf.</source>
        <translation>--format attend une valeur&#xa0;: csv, jsonl ou pdf.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>audit export needs --format csv, jsonl or pdf.</source>
        <translation>audit export attend --format csv, jsonl ou pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format must be csv, jsonl or pdf, not &quot;%1&quot;.</source>
        <translation>--format doit valoir csv, jsonl ou pdf, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--output needs the path of the file to write.</source>
        <translation>--output attend le chemin du fichier à écrire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--output %1 is a folder; give the path of a file.</source>
        <translation>--output %1 est un dossier&#xa0;; indiquez le chemin d’un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n’existe pas.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="vanished">--from ne doit pas être postérieur à --to.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PDF export needs the graphical part of Qt, which did not start.</source>
        <translation>Un export PDF a besoin de la partie graphique de Qt, qui n’a pas démarré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the audit trail</source>
        <translation>Exportation du journal d’audit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export failed; no file was written: %1</source>
        <translation>L’exportation a échoué&#xa0;; aucun fichier n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 events to %2.</source>
        <translation>Événements exportés dans %2&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 export; chain head at export time: position %2, hash %3</source>
        <translation>Export %1&#xa0;; tête de chaîne au moment de l’export&#xa0;: position %2, empreinte %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filtered</source>
        <translation>filtré</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditFilterOptions</name>
    <message>
        <location filename="../app/cli/AuditFilterOptions.cpp" line="+39"/>
        <source>--from must not be after --to.</source>
        <translation>--from ne doit pas être postérieur à --to.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditFormatter</name>
    <message>
        <location filename="../app/cli/AuditFormatter.cpp" line="+25"/>
        <location line="+1"/>
        <source>TIME (UTC)</source>
        <translation>HEURE (UTC)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>ACTOR</source>
        <translation>ACTEUR</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>SUMMARY</source>
        <translation>RÉSUMÉ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::AuditVerifyCommand</name>
    <message>
        <location filename="../app/cli/AuditVerifyCommand.cpp" line="+21"/>
        <source>%1 cannot be checked: %2.</source>
        <translation>%1 ne peut pas être vérifié&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1 (position %2)</source>
        <translation>ligne %1 (position %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification failed at %1: %2. The export was altered or damaged after it was written; the lines before it match.</source>
        <translation>Échec de la vérification à la %1&#xa0;: %2. L’export a été altéré ou endommagé après son écriture&#xa0;; les lignes qui précèdent sont conformes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export is intact and complete: %1 events, hash chain unbroken from the genesis to the head.</source>
        <translation>L’export est intact et complet (événements&#xa0;: %1)&#xa0;; la chaîne d’empreintes est continue de l’origine jusqu’à la tête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export is intact: %1 events, each matching its own hash (a filtered export: compare the hashes with the ledger to tie them to the chain).</source>
        <translation>L’export est intact (événements&#xa0;: %1)&#xa0;: chacun correspond à sa propre empreinte (export filtré&#xa0;: comparez les empreintes avec le registre pour les rattacher à la chaîne).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chain head at export time: position %1, hash %2</source>
        <translation>Tête de chaîne au moment de l’export&#xa0;: position %1, empreinte %2</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="+58"/>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--format csv is only for users list and audit.</source>
        <translation>--format csv ne s’applique qu’à users list et à audit.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>profile needs an action: add, list, remove or use.</source>
        <translation>profile attend une action&#xa0;: add, list, remove ou use.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>outbox needs an action: list, retry or discard.</source>
        <translation>outbox attend une action&#xa0;: list, retry ou discard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>users needs an action: list.</source>
        <translation>users attend une action&#xa0;: list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>projections needs an action: status, update or rebuild.</source>
        <translation>projections attend une action&#xa0;: status, update ou rebuild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user needs an action: create, update, %1, roles, show or history.</source>
        <translation>user attend une action&#xa0;: create, update, %1, roles, show ou history.</translation>
    </message>
    <message>
        <source>user needs an action: create, update, %1, roles or show.</source>
        <translation type="vanished">user attend une action&#xa0;: create, update, %1, roles ou show.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation>Action «&#xa0;%1&#xa0;» inconnue pour user.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+51"/>
        <source>--db needs the path of a store file.</source>
        <translation>--db attend le chemin d’un fichier de registre.</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;.</source>
        <translation type="vanished">--format doit valoir table ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--format must be table, json or csv, not &quot;%1&quot;.</source>
        <translation>--format doit valoir table, json ou csv, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Missing argument %1.</source>
        <translation>Argument %1 manquant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 attend un nombre entier supérieur ou égal à %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date au format YYYY-MM-DD, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option --%1 is required.</source>
        <translation>L’option --%1 est obligatoire.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ErrorReporter</name>
    <message>
        <location filename="../app/cli/ErrorReporter.cpp" line="+26"/>
        <source>Run keyledger-cli --help for the commands and their options.</source>
        <translation>Lancez keyledger-cli --help pour voir les commandes et leurs options.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused, nothing was changed:</source>
        <translation>Refusé, rien n’a été modifié&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused, nothing was changed: %1</source>
        <translation>Refusé, rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the stream %1</source>
        <translation>le flux %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user %1</source>
        <translation>l’utilisateur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict, nothing was changed: %1 was changed meanwhile and is now at version %2. Look at it again (keyledger-cli user show) and retry.</source>
        <translation>Conflit, rien n’a été modifié&#xa0;: %1 a été modifié entre-temps et en est maintenant à la version %2. Consultez-le de nouveau (keyledger-cli user show), puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict, nothing was changed: %1</source>
        <translation>Conflit, rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storage error: %1</source>
        <translation>Erreur de stockage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store could not be used: %1</source>
        <translation>Le registre est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::EventFormatter</name>
    <message>
        <location filename="../app/cli/EventFormatter.cpp" line="+40"/>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME (UTC)</source>
        <translation>HEURE (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STREAM</source>
        <translation>FLUX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACTOR</source>
        <translation>ACTEUR</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::EventsCommand</name>
    <message>
        <location filename="../app/cli/EventsCommand.cpp" line="+41"/>
        <source>No user or stream &quot;%1&quot; in this store.</source>
        <translation>Aucun utilisateur ni flux «&#xa0;%1&#xa0;» dans ce registre.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::HelpText</name>
    <message>
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
        <translation type="vanished">Utilisation&#xa0;: keyledger-cli [--db PATH] [--format table|json] [--actor NAME] COMMAND

La ligne de commande de Keyledger&#xa0;: gère les utilisateurs d’un realm Keycloak au moyen du
registre d’événements local où toute altération est détectable, celui qu’utilise aussi
l’application Keyledger.

Options globales (avant ou après la commande)&#xa0;:
  --db PATH             le fichier du registre (par défaut&#xa0;: %1)
  --format table|json   format des résultats (par défaut&#xa0;: table&#xa0;; json&#xa0;: un objet par ligne)
  --actor NAME          qui agit, enregistré dans chaque événement
                        (par défaut&#xa0;: &lt;utilisateur système&gt;@&lt;hôte&gt;)
  -h, --help            affiche cette aide
  --version             affiche la version

Commandes (USER est l’identifiant ou le nom d’un utilisateur)&#xa0;:
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        crée un utilisateur et affiche son identifiant
                        (json&#xa0;: {&quot;id&quot;:...,&quot;position&quot;:...})
  user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
                        modifie le profil&#xa0;; une valeur vide efface le champ&#xa0;; avec
                        --expected-version, refuse si l’utilisateur n’est plus à la version N
  user enable USER | user disable USER | user delete USER
  user verify-email USER | user reset-password USER
  user roles USER [--add R]... [--remove R]...
  user show USER        tous les champs de l’utilisateur et sa version
  events [--stream USER] [--from POSITION] [--limit N]
                        le registre, du plus ancien au plus récent
                        (json&#xa0;: un objet par ligne, avec tous les champs)
  verify                vérifie la chaîne d’empreintes&#xa0;; affiche la position et l’empreinte
                        de la tête de chaîne

Une commande qui ne change rien (par exemple activer un utilisateur déjà activé) réussit
et le signale sur stderr.

Codes de sortie&#xa0;:
  0  terminé
  2  utilisation incorrecte
  3  saisie refusée
  4  conflit&#xa0;: l’utilisateur a été modifié entre-temps
  5  erreur de stockage&#xa0;: fichier manquant, endommagé, en lecture seule ou étranger
  6  échec de la vérification&#xa0;: le registre a été altéré
</translation>
    </message>
    <message>
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
        <translation type="vanished">Utilisation&#xa0;: keyledger-cli [--db PATH] [--format table|json|csv] [--actor NAME] COMMAND

La ligne de commande de Keyledger&#xa0;: gère les utilisateurs d’un realm Keycloak au moyen du
registre d’événements local où toute altération est détectable, celui qu’utilise aussi
l’application Keyledger.

Options globales (avant ou après la commande)&#xa0;:
  --db PATH             le fichier du registre (par défaut&#xa0;: %1)
  --format table|json|csv
                        format des résultats (par défaut&#xa0;: table&#xa0;; json&#xa0;: un objet par ligne&#xa0;;
                        csv, pour users list et audit uniquement&#xa0;: RFC 4180 avec en-tête)
  --actor NAME          qui agit, enregistré dans chaque événement
                        (par défaut&#xa0;: &lt;utilisateur système&gt;@&lt;hôte&gt;)&#xa0;;
                        pour audit, l’auteur des actions à afficher
  -h, --help            affiche cette aide
  --version             affiche la version

Commandes (USER est l’identifiant ou le nom d’un utilisateur&#xa0;; DATE est au format YYYY-MM-DD)&#xa0;:
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        crée un utilisateur et affiche son identifiant
                        (json&#xa0;: {&quot;id&quot;:...,&quot;position&quot;:...})
  user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
                        modifie le profil&#xa0;; une valeur vide efface le champ&#xa0;; avec
                        --expected-version, refuse si l’utilisateur n’est plus à la version N
  user enable USER | user disable USER | user delete USER
  user verify-email USER | user reset-password USER
  user roles USER [--add R]... [--remove R]...
  user show USER        tous les champs de l’utilisateur et sa version
  user history USER     les entrées d’audit de l’utilisateur, de la plus ancienne à la plus
                        récente, avec la modification de chaque champ
  users list [--org O] [--status active|unverified|disabled] [--search T]
             [--sort FIELD[:desc]] [--limit N] [--after CURSOR]
                        une page d’utilisateurs (par défaut&#xa0;: les plus récents d’abord, 50)&#xa0;;
                        --search&#xa0;: un début de nom d’utilisateur, d’adresse e-mail ou de nom&#xa0;;
                        FIELD&#xa0;: createdAt, username, email, firstName, lastName, fullName,
                        status, organizationId, lastLoginAt&#xa0;; le nombre total et le curseur
                        --after de la page suivante sont écrits sur stderr
                        (json&#xa0;: une dernière ligne {&quot;total&quot;:...,&quot;nextCursor&quot;:...})
  analytics [--org O] [--from DATE] [--to DATE]
                        les totaux des utilisateurs créés dans la période (jours locaux,
                        bornes incluses)&#xa0;; json y ajoute les inscriptions par semaine et
                        le nombre de jours avant la première connexion
  audit [--user USER] [--actor A] [--type T] [--source S] [--from DATE] [--to DATE] [--limit N]
                        les entrées d’audit du realm, de la plus ancienne à la plus récente
                        (DATE&#xa0;: jours UTC, bornes incluses)
  events [--stream USER] [--from POSITION] [--limit N]
                        le registre, du plus ancien au plus récent
                        (json&#xa0;: un objet par ligne, avec tous les champs)
  verify                vérifie la chaîne d’empreintes&#xa0;; affiche la position et l’empreinte
                        de la tête de chaîne
  projections status | update | rebuild [NAME]
                        affiche où en est chaque vue, les met à jour ou les reconstruit

Les commandes de lecture mettent d’abord les vues à jour à partir du registre&#xa0;: elles tiennent
donc compte de toutes les commandes exécutées avant elles. Une commande qui ne change rien
(par exemple activer un utilisateur déjà activé) réussit et le signale sur stderr.

Codes de sortie&#xa0;:
  0  terminé
  2  utilisation incorrecte
  3  saisie refusée
  4  conflit&#xa0;: l’utilisateur a été modifié entre-temps
  5  erreur de stockage&#xa0;: fichier manquant, endommagé, en lecture seule ou étranger
  6  échec de la vérification&#xa0;: le registre a été altéré
</translation>
    </message>
    <message>
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
  login [NAME]          ask for the profile&apos;s secret, check it against Keycloak, keep it in
                        the OS keychain (never on disk elsewhere)
  sync [--once] [--profile NAME]
                        deliver the outbox to Keycloak, in order per user (until Ctrl+C, or
                        what is due now with --once); exit 7 if Keycloak stays unreachable
  sync status           pending and refused changes, next attempt, last problem
  outbox list [--user USER] [--state pending|failed|delivered|discarded] [--limit N]
  outbox retry USER     deliver the user&apos;s refused change again (after fixing the data)
  outbox discard USER   give the refused change up; Keycloak keeps its version

The read commands bring the read models up to date with the ledger first, so they show every
command that ran before them. A command that changes nothing (e.g. enabling an enabled user)
succeeds and says so on stderr.

Exit codes:
  0  done                      4  conflict: the user was changed meanwhile
  2  wrong usage               5  storage error: missing, damaged, read-only or foreign file
  3  input refused             6  verification failed: the store or the export was altered
  7  Keycloak unreachable, credentials refused, or keychain unavailable
</source>
        <translation type="vanished">Utilisation&#xa0;: keyledger-cli [--db PATH] [--format table|json|csv] [--actor NAME] COMMAND

La ligne de commande de Keyledger&#xa0;: gère les utilisateurs d’un realm Keycloak au moyen du
registre d’événements local où toute altération est détectable, celui qu’utilise aussi
l’application Keyledger.

Options globales (avant ou après la commande)&#xa0;:
  --db PATH             le fichier du registre (par défaut&#xa0;: %1)
  --format table|json|csv
                        format des résultats (par défaut&#xa0;: table&#xa0;; json&#xa0;: un objet par ligne&#xa0;;
                        csv, pour users list et audit uniquement&#xa0;: RFC 4180 avec une ligne
                        d’en-tête)
  --actor NAME          qui agit, enregistré dans chaque événement
                        (par défaut&#xa0;: &lt;utilisateur système&gt;@&lt;hôte&gt;)&#xa0;;
                        pour audit, l’acteur dont les actions sont affichées
  -h, --help            affiche cette aide
  --version             affiche la version

Commandes (USER est l’identifiant ou le nom d’un utilisateur&#xa0;; DATE est au format
YYYY-MM-DD)&#xa0;:
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        crée un utilisateur et affiche son identifiant
                        (json&#xa0;: {&quot;id&quot;:...,&quot;position&quot;:...})
  user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
                        modifie le profil&#xa0;; une valeur vide efface le champ&#xa0;; avec
                        --expected-version, refuse si l’utilisateur n’est plus à la version N
  user enable USER | user disable USER | user delete USER
  user verify-email USER | user reset-password USER
  user roles USER [--add R]... [--remove R]...
  user show USER        tous les champs de l’utilisateur et sa version
  user history USER     les entrées d’audit de l’utilisateur, de la plus ancienne à la plus
                        récente, avec la modification de chaque champ
  users list [--org O] [--status active|unverified|disabled] [--search T]
             [--sort FIELD[:desc]] [--limit N] [--after CURSOR]
                        une page d’utilisateurs (par défaut&#xa0;: les plus récents d’abord, 50)&#xa0;;
                        --search&#xa0;: un préfixe du nom d’utilisateur, de l’adresse e-mail ou
                        du nom&#xa0;; FIELD&#xa0;: createdAt, username, email, firstName, lastName,
                        fullName, status, organizationId, lastLoginAt&#xa0;; le nombre total et le
                        curseur --after de la page suivante sont écrits sur stderr
                        (json&#xa0;: une dernière ligne {&quot;total&quot;:...,&quot;nextCursor&quot;:...})
  analytics [--org O] [--from DATE] [--to DATE]
                        totaux des utilisateurs créés dans la période (jours locaux, bornes
                        incluses)&#xa0;; json ajoute les inscriptions par semaine et les jours
                        avant la première connexion
  audit [--user USER] [--actor A] [--type T] [--source S] [--from DATE] [--to DATE] [--limit N]
                        les entrées d’audit du realm, de la plus ancienne à la plus récente
                        (DATE&#xa0;: jours UTC, bornes incluses)
  audit export --format csv|jsonl|pdf --output FILE [--user USER] [--org O] [--actor A]
               [--type T] [--source S] [--from DATE] [--to DATE]
                        écrit dans FILE le journal d’audit correspondant (jsonl&#xa0;: tous les
                        champs enregistrés, un en-tête avec la tête de chaîne et une ligne de
                        fin avec un SHA-256&#xa0;; sans filtre, l’export est complet et sa chaîne
                        se vérifie depuis l’origine)
  audit verify FILE     vérifie un export JSON Lines sans aucune base de données&#xa0;: l’empreinte
                        de chaque événement, la chaîne (exports complets) et la ligne de fin&#xa0;;
                        code de sortie 6 en cas d’altération
  events [--stream USER] [--from POSITION] [--limit N]
                        le registre, du plus ancien au plus récent
                        (json&#xa0;: un objet par ligne, avec tous les champs)
  verify                vérifie la chaîne d’empreintes&#xa0;; affiche la position et l’empreinte
                        de la tête de chaîne
  projections status | update | rebuild [NAME]
                        l’état de chaque vue, leur mise à jour ou leur reconstruction
  profile add NAME --url URL --realm REALM (--client CLIENT_ID | --admin USERNAME)
              [--token-realm REALM]
                        un serveur Keycloak avec lequel se synchroniser (sans secret&#xa0;: voir
                        login)&#xa0;; le premier profil devient le profil actif
  profile list | profile remove NAME | profile use NAME
  login [NAME]          demande le secret du profil, le vérifie auprès de Keycloak et le garde
                        dans le trousseau du système (jamais ailleurs sur le disque)
  sync [--once] [--profile NAME]
                        transmet la file d’envoi à Keycloak, dans l’ordre pour chaque
                        utilisateur (jusqu’à Ctrl+C, ou seulement ce qui est dû avec --once)&#xa0;;
                        code de sortie 7 si Keycloak reste injoignable
  sync status           modifications en attente et refusées, prochaine tentative, dernier
                        problème
  outbox list [--user USER] [--state pending|failed|delivered|discarded] [--limit N]
  outbox retry USER     retransmet la modification refusée de l’utilisateur (après correction
                        des données)
  outbox discard USER   abandonne la modification refusée&#xa0;; Keycloak garde sa version

Les commandes de lecture mettent d’abord les vues à jour avec le registre&#xa0;: elles montrent
donc l’effet de toutes les commandes lancées avant elles. Une commande qui ne change rien
(par exemple activer un utilisateur déjà activé) réussit et le signale sur stderr.

Codes de sortie&#xa0;:
  0  terminé
  2  utilisation incorrecte
  3  saisie refusée
  4  conflit&#xa0;: l’utilisateur a été modifié entre-temps
  5  erreur de stockage&#xa0;: fichier manquant, endommagé, en lecture seule ou étranger
  6  échec de la vérification&#xa0;: le registre ou l’export a été altéré
  7  Keycloak injoignable, identifiants refusés ou trousseau indisponible
</translation>
    </message>
    <message>
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
             [--sort FIELD[:desc]] [--limit N] [--after CURSOR] [--as-of TIME]
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
        <translation type="vanished">Utilisation&#xa0;: keyledger-cli [--db PATH] [--format table|json|csv] [--actor NAME] COMMAND

La ligne de commande de Keyledger&#xa0;: gère les utilisateurs d’un realm Keycloak au moyen du
registre d’événements local où toute altération est détectable, celui qu’utilise aussi
l’application Keyledger.

Options globales (avant ou après la commande)&#xa0;:
  --db PATH             le fichier du registre (par défaut&#xa0;: %1)
  --format table|json|csv
                        format des résultats (par défaut&#xa0;: table&#xa0;; json&#xa0;: un objet par ligne&#xa0;;
                        csv, pour users list et audit uniquement&#xa0;: RFC 4180 avec une ligne
                        d’en-tête)
  --actor NAME          qui agit, enregistré dans chaque événement
                        (par défaut&#xa0;: &lt;utilisateur système&gt;@&lt;hôte&gt;)&#xa0;;
                        pour audit, l’acteur dont les actions sont affichées
  -h, --help            affiche cette aide
  --version             affiche la version

Commandes (USER est l’identifiant ou le nom d’un utilisateur&#xa0;; DATE est au format
YYYY-MM-DD&#xa0;; TIME est une heure UTC ISO 8601 telle que 2026-11-26T10:00:00Z, ou une
date seule pour la fin de ce jour UTC)&#xa0;:
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        crée un utilisateur et affiche son identifiant
                        (json&#xa0;: {&quot;id&quot;:...,&quot;position&quot;:...})
  user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
                        modifie le profil&#xa0;; une valeur vide efface le champ&#xa0;; avec
                        --expected-version, refuse si l’utilisateur n’est plus à la version N
  user enable USER | user disable USER | user delete USER
  user verify-email USER | user reset-password USER
  user roles USER [--add R]... [--remove R]...
  user show USER [--as-of TIME]
                        tous les champs de l’utilisateur et sa version (--as-of&#xa0;: tel qu’il
                        était alors&#xa0;; code de sortie 3 si l’utilisateur n’existait pas encore)
  user history USER     les entrées d’audit de l’utilisateur, de la plus ancienne à la plus
                        récente, avec la modification de chaque champ
  user forget USER --yes
                        efface définitivement le nom d’utilisateur, l’adresse e-mail et les
                        noms de l’utilisateur (leur clé est détruite)&#xa0;; l’historique reste sous
                        un pseudonyme&#xa0;; sans --yes, code de sortie 2
  users list [--org O] [--status active|unverified|disabled] [--search T]
             [--sort FIELD[:desc]] [--limit N] [--after CURSOR] [--as-of TIME]
                        une page d’utilisateurs (par défaut&#xa0;: les plus récents d’abord, 50)&#xa0;;
                        --search&#xa0;: un préfixe du nom d’utilisateur, de l’adresse e-mail ou
                        du nom&#xa0;; FIELD&#xa0;: createdAt, username, email, firstName, lastName,
                        fullName, status, organizationId, lastLoginAt&#xa0;; le nombre total et le
                        curseur --after de la page suivante sont écrits sur stderr
                        (json&#xa0;: une dernière ligne {&quot;total&quot;:...,&quot;nextCursor&quot;:...})&#xa0;;
                        --as-of&#xa0;: la liste telle qu’elle était alors, le registre rejoué
                        jusqu’à TIME
  analytics [--org O] [--from DATE] [--to DATE]
                        totaux des utilisateurs créés dans la période (jours locaux, bornes
                        incluses)&#xa0;; json ajoute les inscriptions par semaine et les jours
                        avant la première connexion
  audit [--user USER] [--actor A] [--type T] [--source S] [--from DATE] [--to DATE] [--limit N]
                        les entrées d’audit du realm, de la plus ancienne à la plus récente
                        (DATE&#xa0;: jours UTC, bornes incluses)
  audit export --format csv|jsonl|pdf --output FILE [--user USER] [--org O] [--actor A]
               [--type T] [--source S] [--from DATE] [--to DATE]
                        écrit dans FILE le journal d’audit correspondant (jsonl&#xa0;: tous les
                        champs enregistrés, un en-tête avec la tête de chaîne et une ligne de
                        fin avec un SHA-256&#xa0;; sans filtre, l’export est complet et sa chaîne
                        se vérifie depuis l’origine)
  audit verify FILE     vérifie un export JSON Lines sans aucune base de données&#xa0;: l’empreinte
                        de chaque événement, la chaîne (exports complets) et la ligne de fin&#xa0;;
                        code de sortie 6 en cas d’altération
  events [--stream USER] [--from POSITION] [--limit N]
                        le registre, du plus ancien au plus récent
                        (json&#xa0;: un objet par ligne, avec tous les champs)
  verify                vérifie la chaîne d’empreintes&#xa0;; affiche la position et l’empreinte
                        de la tête de chaîne
  projections status | update | rebuild [NAME]
                        l’état de chaque vue, leur mise à jour ou leur reconstruction
  profile add NAME --url URL --realm REALM (--client CLIENT_ID | --admin USERNAME)
              [--token-realm REALM]
                        un serveur Keycloak avec lequel se synchroniser (sans secret&#xa0;: voir
                        login)&#xa0;; le premier profil devient le profil actif
  profile list | profile remove NAME | profile use NAME
  profile trust NAME SHA256
                        fait confiance à ce seul certificat pour le profil (l’empreinte
                        qu’affiche une erreur de certificat)&#xa0;; rien d’autre n’est jamais ignoré
  profile allow-organization [NAME] --yes
                        déclare organizationId dans le profil utilisateur du realm (sinon
                        Keycloak ignore sans rien dire les organisations envoyées par Keyledger)
  login [NAME]          demande le secret du profil, le vérifie auprès de Keycloak et le garde
                        dans le trousseau du système (jamais ailleurs sur le disque)
  sync [--once] [--profile NAME]
                        transmet la file d’envoi à Keycloak, dans l’ordre pour chaque
                        utilisateur (jusqu’à Ctrl+C, ou seulement ce qui est dû avec --once)&#xa0;;
                        code de sortie 7 si Keycloak reste injoignable
  sync status           modifications en attente et refusées, prochaine tentative, dernier
                        problème
  outbox list [--user USER] [--state pending|failed|delivered|discarded] [--limit N]
  outbox retry USER     retransmet la modification refusée de l’utilisateur (après correction
                        des données)
  outbox discard USER   abandonne la modification refusée&#xa0;; Keycloak garde sa version
  import [--profile NAME]
                        enregistre les utilisateurs du realm (nouveaux, modifiés ou supprimés
                        dans Keycloak), les attributions de rôles et l’historique des
                        connexions (depuis la dernière connexion déjà enregistrée)

Les commandes de lecture mettent d’abord les vues à jour avec le registre&#xa0;: elles montrent
donc l’effet de toutes les commandes lancées avant elles. Une commande qui ne change rien
(par exemple activer un utilisateur déjà activé) réussit et le signale sur stderr.

Codes de sortie&#xa0;:
  0  terminé
  2  utilisation incorrecte
  3  saisie refusée
  4  conflit&#xa0;: l’utilisateur a été modifié entre-temps
  5  erreur de stockage&#xa0;: fichier manquant, endommagé, en lecture seule ou étranger
  6  échec de la vérification&#xa0;: le registre ou l’export a été altéré
  7  Keycloak injoignable, identifiants refusés ou trousseau indisponible
</translation>
    </message>
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
        <translation>Utilisation&#xa0;: keyledger-cli [--db PATH] [--format table|json|csv] [--actor NAME] COMMAND

La ligne de commande de Keyledger&#xa0;: gère les utilisateurs d’un realm Keycloak au moyen du
registre d’événements local où toute altération est détectable, celui qu’utilise aussi
l’application Keyledger.

Options globales (avant ou après la commande)&#xa0;:
  --db PATH             le fichier du registre (par défaut&#xa0;: %1)
  --format table|json|csv
                        format des résultats (par défaut&#xa0;: table&#xa0;; json&#xa0;: un objet par ligne&#xa0;;
                        csv, pour users list et audit uniquement&#xa0;: RFC 4180 avec une ligne
                        d’en-tête)
  --actor NAME          qui agit, enregistré dans chaque événement
                        (par défaut&#xa0;: &lt;utilisateur système&gt;@&lt;hôte&gt;)&#xa0;;
                        pour audit, l’acteur dont les actions sont affichées
  -h, --help            affiche cette aide
  --version             affiche la version

Commandes (USER est l’identifiant ou le nom d’un utilisateur&#xa0;; DATE est au format
YYYY-MM-DD&#xa0;; TIME est une heure UTC ISO 8601 telle que 2026-11-26T10:00:00Z, ou une
date seule pour la fin de ce jour UTC)&#xa0;:
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        crée un utilisateur et affiche son identifiant
                        (json&#xa0;: {&quot;id&quot;:...,&quot;position&quot;:...})
  user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
                        modifie le profil&#xa0;; une valeur vide efface le champ&#xa0;; avec
                        --expected-version, refuse si l’utilisateur n’est plus à la version N
  user enable USER | user disable USER | user delete USER
  user verify-email USER | user reset-password USER
  user roles USER [--add R]... [--remove R]...
  user show USER [--as-of TIME]
                        tous les champs de l’utilisateur et sa version (--as-of&#xa0;: tel qu’il
                        était alors&#xa0;; code de sortie 3 si l’utilisateur n’existait pas encore)
  user history USER     les entrées d’audit de l’utilisateur, de la plus ancienne à la plus
                        récente, avec la modification de chaque champ
  user forget USER --yes
                        efface définitivement le nom d’utilisateur, l’adresse e-mail et les
                        noms de l’utilisateur (leur clé est détruite)&#xa0;; l’historique reste sous
                        un pseudonyme&#xa0;; sans --yes, code de sortie 2
  users list [--org O] [--status active|unverified|disabled] [--search T]
             [--logged-in yes|no] [--sort FIELD[:desc]] [--limit N] [--after CURSOR]
             [--as-of TIME]
                        une page d’utilisateurs (par défaut&#xa0;: les plus récents d’abord, 50)&#xa0;;
                        --search&#xa0;: un préfixe du nom d’utilisateur, de l’adresse e-mail ou
                        du nom&#xa0;; FIELD&#xa0;: createdAt, username, email, firstName, lastName,
                        fullName, status, organizationId, lastLoginAt&#xa0;; le nombre total et le
                        curseur --after de la page suivante sont écrits sur stderr
                        (json&#xa0;: une dernière ligne {&quot;total&quot;:...,&quot;nextCursor&quot;:...})&#xa0;;
                        --as-of&#xa0;: la liste telle qu’elle était alors, le registre rejoué
                        jusqu’à TIME
  analytics [--org O] [--from DATE] [--to DATE]
                        totaux des utilisateurs créés dans la période (jours locaux, bornes
                        incluses)&#xa0;; json ajoute les inscriptions par semaine et les jours
                        avant la première connexion
  audit [--user USER] [--actor A] [--type T] [--source S] [--from DATE] [--to DATE] [--limit N]
                        les entrées d’audit du realm, de la plus ancienne à la plus récente
                        (DATE&#xa0;: jours UTC, bornes incluses)
  audit export --format csv|jsonl|pdf --output FILE [--user USER] [--org O] [--actor A]
               [--type T] [--source S] [--from DATE] [--to DATE]
                        écrit dans FILE le journal d’audit correspondant (jsonl&#xa0;: tous les
                        champs enregistrés, un en-tête avec la tête de chaîne et une ligne de
                        fin avec un SHA-256&#xa0;; sans filtre, l’export est complet et sa chaîne
                        se vérifie depuis l’origine)
  audit verify FILE     vérifie un export JSON Lines sans aucune base de données&#xa0;: l’empreinte
                        de chaque événement, la chaîne (exports complets) et la ligne de fin&#xa0;;
                        code de sortie 6 en cas d’altération
  events [--stream USER] [--from POSITION] [--limit N]
                        le registre, du plus ancien au plus récent
                        (json&#xa0;: un objet par ligne, avec tous les champs)
  verify                vérifie la chaîne d’empreintes&#xa0;; affiche la position et l’empreinte
                        de la tête de chaîne
  projections status | update | rebuild [NAME]
                        l’état de chaque vue, leur mise à jour ou leur reconstruction
  profile add NAME --url URL --realm REALM (--client CLIENT_ID | --admin USERNAME)
              [--token-realm REALM]
                        un serveur Keycloak avec lequel se synchroniser (sans secret&#xa0;: voir
                        login)&#xa0;; le premier profil devient le profil actif
  profile list | profile remove NAME | profile use NAME
  profile trust NAME SHA256
                        fait confiance à ce seul certificat pour le profil (l’empreinte
                        qu’affiche une erreur de certificat)&#xa0;; rien d’autre n’est jamais ignoré
  profile allow-organization [NAME] --yes
                        déclare organizationId dans le profil utilisateur du realm (sinon
                        Keycloak ignore sans rien dire les organisations envoyées par Keyledger)
  login [NAME]          demande le secret du profil, le vérifie auprès de Keycloak et le garde
                        dans le trousseau du système (jamais ailleurs sur le disque)
  sync [--once] [--profile NAME]
                        transmet la file d’envoi à Keycloak, dans l’ordre pour chaque
                        utilisateur (jusqu’à Ctrl+C, ou seulement ce qui est dû avec --once)&#xa0;;
                        code de sortie 7 si Keycloak reste injoignable
  sync status           modifications en attente et refusées, prochaine tentative, dernier
                        problème
  outbox list [--user USER] [--state pending|failed|delivered|discarded] [--limit N]
  outbox retry USER     retransmet la modification refusée de l’utilisateur (après correction
                        des données)
  outbox discard USER   abandonne la modification refusée&#xa0;; Keycloak garde sa version
  import [--profile NAME]
                        enregistre les utilisateurs du realm (nouveaux, modifiés ou supprimés
                        dans Keycloak), les attributions de rôles et l’historique des
                        connexions (depuis la dernière connexion déjà enregistrée)

Les commandes de lecture mettent d’abord les vues à jour avec le registre&#xa0;: elles montrent
donc l’effet de toutes les commandes lancées avant elles. Une commande qui ne change rien
(par exemple activer un utilisateur déjà activé) réussit et le signale sur stderr.

Codes de sortie&#xa0;:
  0  terminé
  2  utilisation incorrecte
  3  saisie refusée
  4  conflit&#xa0;: l’utilisateur a été modifié entre-temps
  5  erreur de stockage&#xa0;: fichier manquant, endommagé, en lecture seule ou étranger
  6  échec de la vérification&#xa0;: le registre ou l’export a été altéré
  7  Keycloak injoignable, identifiants refusés ou trousseau indisponible
</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>keyledger-cli %1</source>
        <translation>keyledger-cli %1</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ImportCommand</name>
    <message>
        <source>No active server profile. Add one with profile add, or pick one with profile use NAME.</source>
        <translation type="vanished">Aucun profil de serveur actif. Ajoutez-en un avec profile add, ou choisissez-en un avec profile use NAME.</translation>
    </message>
    <message>
        <source>There is no server profile named %1.</source>
        <translation type="vanished">Il n’existe aucun profil de serveur nommé %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+34"/>
        <source>Importing users</source>
        <translation>Import des utilisateurs</translation>
    </message>
    <message>
        <source>Users in Keycloak: %1. New: %2, changed in Keycloak: %3, unchanged: %4, deleted in Keycloak: %5, waiting for the sync: %6, not matched: %7. Logins recorded: %8.</source>
        <translation type="vanished">Utilisateurs dans Keycloak&#xa0;: %1. Nouveaux&#xa0;: %2, modifiés dans Keycloak&#xa0;: %3, inchangés&#xa0;: %4, supprimés dans Keycloak&#xa0;: %5, en attente de synchronisation&#xa0;: %6, sans correspondance&#xa0;: %7. Connexions enregistrées&#xa0;: %8.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The import stopped: %1 What was recorded before stays recorded; run import again to go on.</source>
        <translation>L’import s’est interrompu&#xa0;: %1 Ce qui avait déjà été enregistré le reste&#xa0;; relancez import pour continuer.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::OutboxCommand</name>
    <message>
        <location filename="../app/cli/OutboxCommand.cpp" line="+51"/>
        <source>Nothing of %1 was refused by Keycloak; there is nothing to %2.</source>
        <translation>Keycloak n’a refusé aucune modification de %1&#xa0;; il n’y a rien à %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry</source>
        <translation>réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discard</source>
        <translation>abandonner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change at position %1 will be delivered again on the next sync.</source>
        <translation>La modification à la position %1 sera retransmise lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change at position %1 is discarded; Keycloak keeps its version. The next changes of %2 go out on the next sync.</source>
        <translation>La modification à la position %1 est abandonnée&#xa0;; Keycloak garde sa version. Les modifications suivantes de %2 partiront lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--state is one of pending, failed, delivered, discarded.</source>
        <translation>--state vaut pending, failed, delivered ou discarded.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The outbox has no such rows.</source>
        <translation>La file d’envoi ne contient aucune ligne de ce type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProfileChoice</name>
    <message>
        <location filename="../app/cli/ProfileChoice.cpp" line="+15"/>
        <source>No active server profile. Add one with profile add, or pick one with profile use NAME.</source>
        <translation>Aucun profil de serveur actif. Ajoutez-en un avec profile add, ou choisissez-en un avec profile use NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no server profile named %1.</source>
        <translation>Il n’existe aucun profil de serveur nommé %1.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="+56"/>
        <location line="+88"/>
        <source>There is no server profile named %1.</source>
        <translation>Il n’existe aucun profil de serveur nommé %1.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Profile %1 removed, with its secret in the keychain.</source>
        <translation>Profil %1 supprimé, ainsi que son secret dans le trousseau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile %1 is now the active one.</source>
        <translation>Le profil %1 est désormais le profil actif.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give either --client CLIENT_ID (a service account) or --admin USERNAME.</source>
        <translation>Indiquez soit --client CLIENT_ID (un compte de service), soit --admin USERNAME.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile %1 saved. Store its secret with: keyledger-cli login %1</source>
        <translation>Profil %1 enregistré. Enregistrez son secret avec&#xa0;: keyledger-cli login %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No server profile yet. Add one with: keyledger-cli profile add NAME --url URL --realm REALM --client CLIENT_ID</source>
        <translation>Aucun profil de serveur pour l’instant. Ajoutez-en un avec&#xa0;: keyledger-cli profile add NAME --url URL --realm REALM --client CLIENT_ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auth</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As</source>
        <translation>En tant que</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (colons allowed), as the certificate error shows it.</source>
        <translation>Une empreinte SHA-256 comporte 64 chiffres hexadécimaux (deux-points autorisés), telle que l’affiche l’erreur de certificat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile %1 now trusts the certificate with SHA-256 fingerprint %2 (that certificate only; every other certificate problem is still refused).</source>
        <translation>Le profil %1 fait désormais confiance au certificat d’empreinte SHA-256 %2 (ce certificat uniquement&#xa0;; tout autre problème de certificat reste refusé).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>allow-organization takes at most one profile name.</source>
        <translation>allow-organization accepte au plus un nom de profil.</translation>
    </message>
    <message>
        <source>No such server profile.</source>
        <translation type="vanished">Ce profil de serveur n’existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This changes realm %1&apos;s user profile on %2: it declares the attribute organizationId (administrators may view and edit it), so that Keycloak keeps the organisations Keyledger sends. Run again with --yes to do it.</source>
        <translation>Cette commande modifie le profil utilisateur du realm %1 sur %2&#xa0;: elle déclare l’attribut organizationId (visible et modifiable par les administrateurs), afin que Keycloak conserve les organisations envoyées par Keyledger. Relancez-la avec --yes pour l’appliquer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keycloak refused to change the user profile: %1</source>
        <translation>Keycloak a refusé de modifier le profil utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realm %1 now keeps organizationId. Changes already delivered without it are sent again with the next change of each user.</source>
        <translation>Le realm %1 conserve désormais organizationId. Les modifications déjà transmises sans cet attribut seront renvoyées avec la prochaine modification de chaque utilisateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>login takes at most one profile name.</source>
        <translation>login accepte au plus un nom de profil.</translation>
    </message>
    <message>
        <source>No active server profile: name one, or run profile use NAME.</source>
        <translation type="vanished">Aucun profil de serveur actif&#xa0;: indiquez-en un, ou lancez profile use NAME.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret of %1 for profile %2: </source>
        <translation>Secret client de %1 pour le profil %2&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 for profile %2: </source>
        <translation>Mot de passe de %1 pour le profil %2&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secret given; nothing was stored.</source>
        <translation>Aucun secret indiqué&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>If you trust this certificate: keyledger-cli profile trust %1 %2</source>
        <translation>Si vous faites confiance à ce certificat&#xa0;: keyledger-cli profile trust %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login to %1 failed: %2 Nothing was stored.</source>
        <translation>Échec de la connexion à %1&#xa0;: %2 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials work, but the keychain refused to store them (%1). Keyledger will ask for the secret each time instead.</source>
        <translation>Les identifiants fonctionnent, mais le trousseau a refusé de les enregistrer (%1). Keyledger demandera donc le secret à chaque fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in to %1; the secret is in the OS keychain.</source>
        <translation>Connecté à %1&#xa0;; le secret est dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProfileSecrets</name>
    <message>
        <location filename="../app/cli/ProfileSecrets.cpp" line="+72"/>
        <source>No secret is stored for profile %1: run keyledger-cli login %1.</source>
        <translation>Aucun secret n’est enregistré pour le profil %1&#xa0;: lancez keyledger-cli login %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain cannot be reached (%1) and there is no terminal to ask for the secret of profile %2.</source>
        <translation>Le trousseau est injoignable (%1) et aucun terminal ne permet de demander le secret du profil %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret for profile %1 (not stored): </source>
        <translation>Secret du profil %1 (non enregistré)&#xa0;: </translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProgressLine</name>
    <message>
        <location filename="../app/cli/ProgressLine.cpp" line="+25"/>
        <source>%1: %2% (%3 of %4 events)</source>
        <translation>%1&#xa0;: %2&#xa0;% (événements&#xa0;: %3 sur %4)</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ProjectionsCommand</name>
    <message>
        <location filename="../app/cli/ProjectionsCommand.cpp" line="+25"/>
        <source>The read models are at position %1.</source>
        <translation>Les vues sont à la position %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>projections rebuild takes at most one read model name.</source>
        <translation>projections rebuild accepte au plus un nom de vue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no read model named %1 (known: %2).</source>
        <translation>Aucune vue ne s’appelle %1 (vues connues&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rebuilding %1</source>
        <translation>Reconstruction de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all read models</source>
        <translation>toutes les vues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rebuilt up to position %1.</source>
        <translation>Reconstruction terminée jusqu’à la position %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKPOINT</source>
        <translation>REPRISE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEAD</source>
        <translation>TÊTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAG</source>
        <translation>RETARD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en fonctionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped at %1: %2</source>
        <translation>arrêtée à la position %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ResultPrinter</name>
    <message>
        <location filename="../app/cli/ResultPrinter.cpp" line="+39"/>
        <source>Nothing changed: %1</source>
        <translation>Aucune modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User %1 is now at version %2 (store position %3).</source>
        <translation>L’utilisateur %1 est maintenant à la version %2 (position %3 dans le registre).</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::StoreSession</name>
    <message>
        <location filename="../app/cli/StoreSession.cpp" line="+32"/>
        <source>No user has the id or username &quot;%1&quot; in this store.</source>
        <translation>Aucun utilisateur n’a l’identifiant ou le nom d’utilisateur «&#xa0;%1&#xa0;» dans ce registre.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::SyncCommand</name>
    <message>
        <source>No active server profile. Add one with profile add, or pick one with profile use NAME.</source>
        <translation type="vanished">Aucun profil de serveur actif. Ajoutez-en un avec profile add, ou choisissez-en un avec profile use NAME.</translation>
    </message>
    <message>
        <source>There is no server profile named %1.</source>
        <translation type="vanished">Il n’existe aucun profil de serveur nommé %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+71"/>
        <source>delivered %1 (position %2)</source>
        <translation>transmis&#xa0;: %1 (position %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused at position %1: %2</source>
        <translation>refusé à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Syncing with %1 (%2); Ctrl+C stops.</source>
        <translation>Synchronisation avec %1 (%2)&#xa0;; Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delivered: %1, refused: %2, still pending: %3.</source>
        <translation>Transmises&#xa0;: %1, refusées&#xa0;: %2, encore en attente&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keycloak could not be reached or failed for a while: %1. The pending changes stay queued and go out on the next sync.</source>
        <translation>Keycloak est resté injoignable ou en échec pendant un moment&#xa0;: %1. Les modifications en attente restent dans la file et partiront lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Server profile: %1</source>
        <translation>Profil de serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: %1  Refused (queue stopped): %2  Delivered: %3  Discarded: %4</source>
        <translation>En attente&#xa0;: %1  Refusées (file bloquée)&#xa0;: %2  Transmises&#xa0;: %3  Abandonnées&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem: %1</source>
        <translation>Dernier problème&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the refusals with: keyledger-cli outbox list --state failed</source>
        <translation>Consultez les refus avec&#xa0;: keyledger-cli outbox list --state failed</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserForgetCommand</name>
    <message>
        <location filename="../app/cli/UserForgetCommand.cpp" line="+35"/>
        <source>This would permanently erase the username, e-mail and names of %1 from every event, view and export of this ledger: the user&apos;s key is destroyed and nobody can recover them; the history stays, under a pseudonym, and the hash chain stays valid. Run it again with --yes to do it.</source>
        <translation>Cette commande effacerait définitivement le nom d’utilisateur, l’adresse e-mail et les noms de %1 de tous les événements, vues et exports de ce registre&#xa0;: la clé de l’utilisateur est détruite et personne ne pourra les récupérer&#xa0;; l’historique reste, sous un pseudonyme, et la chaîne d’empreintes reste valide. Relancez-la avec --yes pour l’appliquer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rebuilding the read models</source>
        <translation>Reconstruction des vues</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The personal data of user %1 is erased; the user is now shown as %2.</source>
        <translation>Les données personnelles de l’utilisateur %1 sont effacées&#xa0;; l’utilisateur apparaît désormais sous le nom %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) of this user that had not reached Keycloak yet were discarded: they carried the erased data.</source>
        <translation>
            <numerusform>%n modification de cet utilisateur qui n’avait pas encore atteint Keycloak a été abandonnée&#xa0;: elle contenait les données effacées.</numerusform>
            <numerusform>%n modifications de cet utilisateur qui n’avaient pas encore atteint Keycloak ont été abandonnées&#xa0;: elles contenaient les données effacées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: another program (the Keyledger window?) is reading the store, so old pages could not be removed from its write-ahead log yet; they go at its next checkpoint.</source>
        <translation>Avertissement&#xa0;: un autre programme (la fenêtre Keyledger&#xa0;?) lit le registre&#xa0;; les anciennes pages n’ont donc pas encore pu être retirées de son journal d’écriture anticipée (WAL)&#xa0;; elles le seront à son prochain point de contrôle.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserFormatter</name>
    <message>
        <location filename="../app/cli/UserFormatter.cpp" line="+34"/>
        <location line="+46"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail verified</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserHistoryCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/UserHistoryCommand.cpp" line="+24"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserListFormatter</name>
    <message>
        <location filename="../app/cli/UserListFormatter.cpp" line="+36"/>
        <source>USERNAME</source>
        <translation>NOM D’UTILISATEUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FULL NAME</source>
        <translation>NOM COMPLET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-MAIL</source>
        <translation>ADRESSE E-MAIL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLES</source>
        <translation>RÔLES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>CRÉÉ LE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST LOGIN</source>
        <translation>DERNIÈRE CONNEXION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SYNC</source>
        <translation>SYNCHRO</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserRolesCommand</name>
    <message>
        <location filename="../app/cli/UserRolesCommand.cpp" line="+23"/>
        <source>Give the roles to change with --add R and/or --remove R.</source>
        <translation>Indiquez les rôles à modifier avec --add R et/ou --remove R.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserShowCommand</name>
    <message>
        <location filename="../app/cli/UserShowCommand.cpp" line="+70"/>
        <source>Replaying the ledger up to %1</source>
        <translation>Relecture du registre jusqu’à %1</translation>
    </message>
    <message>
        <source>--as-of must be an ISO 8601 time such as 2026-11-26T10:00:00Z, or a date (the end of that UTC day), not &quot;%1&quot;.</source>
        <translation type="vanished">--as-of attend une heure ISO 8601 telle que 2026-11-26T10:00:00Z, ou une date (la fin de ce jour UTC), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>User &quot;%1&quot; did not exist yet at %2.</source>
        <translation>L’utilisateur «&#xa0;%1&#xa0;» n’existait pas encore le %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No user had the id or username &quot;%1&quot; at %2.</source>
        <translation>Aucun utilisateur n’avait l’identifiant ou le nom d’utilisateur «&#xa0;%1&#xa0;» le %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of %1</source>
        <translation>À la date du %1</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UserUpdateCommand</name>
    <message>
        <location filename="../app/cli/UserUpdateCommand.cpp" line="+30"/>
        <source>Nothing to update: give at least one of --email, --first-name, --last-name, --org.</source>
        <translation>Rien à mettre à jour&#xa0;: indiquez au moins une des options --email, --first-name, --last-name, --org.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::UsersListCommand</name>
    <message>
        <location filename="../app/cli/UsersListCommand.cpp" line="+61"/>
        <source>--status must be active, unverified or disabled, not &quot;%1&quot;.</source>
        <translation>--status doit valoir active, unverified ou disabled, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--logged-in must be yes or no, not &quot;%1&quot;.</source>
        <translation>--logged-in vaut yes ou no, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--sort: %1</source>
        <translation>--sort&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit can be at most %1.</source>
        <translation>--limit ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--after needs the cursor printed with the previous page.</source>
        <translation>--after attend le curseur affiché avec la page précédente.</translation>
    </message>
    <message>
        <source>--as-of must be an ISO 8601 time such as 2026-11-26T10:00:00Z, or a date (the end of that UTC day), not &quot;%1&quot;.</source>
        <translation type="vanished">--as-of attend une heure ISO 8601 telle que 2026-11-26T10:00:00Z, ou une date (la fin de ce jour UTC), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replaying the ledger up to %1</source>
        <translation>Relecture du registre jusqu’à %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--after: %1</source>
        <translation>--after&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>As of %1 (ledger position %2)</source>
        <translation>À la date du %1 (position %2 dans le registre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 users</source>
        <translation>Utilisateurs&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page: --after %1</source>
        <translation>Page suivante&#xa0;: --after %1</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="+36"/>
        <source>Verification failed at position %1: %2. The store was altered or damaged after it was written; the events before position %1 are intact.</source>
        <translation>Échec de la vérification à la position %1&#xa0;: %2. Le registre a été altéré ou endommagé après son écriture&#xa0;; les événements avant la position %1 sont intacts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hash chain is intact. Events checked: %1</source>
        <translation>La chaîne d’empreintes est intacte. Événements vérifiés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head position: %1</source>
        <translation>Position de la tête de chaîne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head hash: %1</source>
        <translation>Empreinte de la tête de chaîne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain epochs: %1 (events re-encrypted on upgrade; checked at their boundary)</source>
        <translation>Époques de chaîne&#xa0;: %1 (événements rechiffrés lors d’une mise à niveau&#xa0;; vérifiés à leur frontière)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A re-encryption is in progress: it resumes when the store is next opened for writing.</source>
        <translation>Un rechiffrement est en cours&#xa0;: il reprendra à la prochaine ouverture du registre en écriture.</translation>
    </message>
</context>
<context>
    <name>keyledger::cli::ViewSession</name>
    <message>
        <location filename="../app/cli/ViewSession.cpp" line="+17"/>
        <source>Rebuilding the read models</source>
        <translation>Reconstruction des vues</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning: the %1 view is stopped at position %2 (%3); what it shows is older than the ledger. See keyledger-cli projections status.</source>
        <translation>Avertissement&#xa0;: la vue %1 est arrêtée à la position %2 (%3)&#xa0;; ce qu’elle affiche est en retard sur le registre. Consultez keyledger-cli projections status.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+25"/>
        <source>Keycloak users with a tamper-evident ledger.</source>
        <translation>Les utilisateurs Keycloak, avec un registre où toute altération est détectable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger file (default: %1).</source>
        <translation>Le fichier du registre (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the demo ledger (%1), created on first use: 2,000 made-up users and a year of history. Nothing is sent to a server.</source>
        <translation>Ouvrir le registre de démonstration (%1), créé à la première utilisation&#xa0;: 2&#xa0;000 utilisateurs fictifs et un an d’historique. Rien n’est envoyé à un serveur.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiApplicationShell.cpp" line="+9"/>
        <source>Cannot open the ledger</source>
        <translation>Impossible d’ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiSession.cpp" line="-198"/>
        <source>Views unavailable</source>
        <translation>Vues indisponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users, analytics and audit views cannot be updated: %1</source>
        <translation>Les vues des utilisateurs, des statistiques et de l’audit ne peuvent pas être mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+14"/>
        <source>Demo ledger</source>
        <translation>Registre de démonstration</translation>
    </message>
    <message>
        <source>The demo ledger is never synchronised. Start Keyledger without --demo to connect to a server.</source>
        <translation type="vanished">Le registre de démonstration n’est jamais synchronisé. Démarrez Keyledger sans --demo pour vous connecter à un serveur.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open &amp;Demo Store…</source>
        <translation>Ouvrir le registre de &amp;démonstration…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A separate ledger with made-up users, to try Keyledger</source>
        <translation>Un registre distinct avec des utilisateurs fictifs, pour essayer Keyledger</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keyledger — Demo</source>
        <translation>Keyledger — Démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo ledger: nothing is sent to a server</source>
        <translation>Registre de démonstration&#xa0;: rien n’est envoyé à un serveur</translation>
    </message>
</context>
</TS>
