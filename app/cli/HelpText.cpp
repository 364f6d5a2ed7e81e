#include "HelpText.h"

#include "core/AppContext.h"

#include <QDir>

namespace keyledger::cli {

QString HelpText::usage()
{
    return tr(R"(Usage: keyledger-cli [--db PATH] [--format table|json|csv] [--actor NAME] COMMAND

Keyledger's command line: manages the users of a Keycloak realm through the local,
tamper-evident event store, the same one the Keyledger application uses.

Global options (before or after the command):
  --db PATH             the store file (default: %1)
  --format table|json|csv
                        how results are printed (default: table; json: one object per line;
                        csv, for users list and audit only: RFC 4180 with a header row)
  --actor NAME          who is acting, recorded in every event (default: <os user>@<host>);
                        for audit, whose actions to show
  -h, --help            show this help
  --version             show the version

Commands (USER is a user id or a username; DATE is YYYY-MM-DD; TIME is ISO 8601 UTC such as
2026-11-26T10:00:00Z, or a date alone for the end of that UTC day):
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        create a user and print its id (json: {"id":...,"position":...})
  user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
                        change the profile; an empty value clears a field; with
                        --expected-version, refuse if the user is no longer at version N
  user enable USER | user disable USER | user delete USER
  user verify-email USER | user reset-password USER
  user roles USER [--add R]... [--remove R]...
  user show USER [--as-of TIME]
                        every field of the user and its version (--as-of: as it was then;
                        exit 3 if the user did not exist yet)
  user history USER     the user's audit entries, oldest first, with each field's change
  user forget USER --yes
                        erase the user's username, e-mail and names for good (their key is
                        destroyed); the history stays under a pseudonym; without --yes, exit 2
  users list [--org O] [--status active|unverified|disabled] [--search T]
             [--logged-in yes|no] [--sort FIELD[:desc]] [--limit N] [--after CURSOR]
             [--as-of TIME]
                        one page of users (default: newest first, 50); --search: a prefix
                        of username, e-mail or name; FIELD: createdAt, username, email,
                        firstName, lastName, fullName, status, organizationId, lastLoginAt;
                        the count and the --after cursor of the next page go to stderr
                        (json: a last line {"total":...,"nextCursor":...}); --as-of: the
                        list as it was then, the ledger replayed up to TIME
  analytics [--org O] [--from DATE] [--to DATE]
                        totals of the users created in the range (local days, inclusive);
                        json adds sign-ups per week and days to first login
  audit [--user USER] [--actor A] [--type T] [--source S] [--from DATE] [--to DATE] [--limit N]
                        the realm's audit entries, oldest first (DATE: UTC days, inclusive)
  audit export --format csv|jsonl|pdf --output FILE [--user USER] [--org O] [--actor A]
               [--type T] [--source S] [--from DATE] [--to DATE]
                        write the matching audit trail to FILE (jsonl: every stored field, a
                        header with the chain head and a trailer with a SHA-256; no filter
                        gives a complete export whose chain verifies from the genesis)
  audit verify FILE     check a JSON Lines export without any database: each event's hash,
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
                        declare organizationId in the realm's user profile (otherwise Keycloak
                        silently drops the organisations Keyledger sends)
  login [NAME]          ask for the profile's secret, check it against Keycloak, keep it in
                        the OS keychain (never on disk elsewhere)
  sync [--once] [--profile NAME]
                        deliver the outbox to Keycloak, in order per user (until Ctrl+C, or
                        what is due now with --once); exit 7 if Keycloak stays unreachable
  sync status           pending and refused changes, next attempt, last problem
  outbox list [--user USER] [--state pending|failed|delivered|discarded] [--limit N]
  outbox retry USER     deliver the user's refused change again (after fixing the data)
  outbox discard USER   give the refused change up; Keycloak keeps its version
  import [--profile NAME]
                        record the realm's users (new, changed or deleted in Keycloak), role
                        mappings and login history (from the last login already recorded)

The read commands bring the read models up to date with the ledger first, so they show every
command that ran before them. A command that changes nothing (e.g. enabling an enabled user)
succeeds and says so on stderr.

Exit codes:
  0  done                      4  conflict: the user was changed meanwhile
  2  wrong usage               5  storage error: missing, damaged, read-only or foreign file
  3  input refused             6  verification failed: the store or the export was altered
  7  Keycloak unreachable, credentials refused, or keychain unavailable
)")
        .arg(QDir::toNativeSeparators(AppContext::defaultDatabasePath()));
}

QString HelpText::version()
{
    return tr("keyledger-cli %1").arg(QCoreApplication::applicationVersion());
}

} // namespace keyledger::cli
