#include "HelpText.h"

#include "core/AppContext.h"

#include <QDir>

namespace keyledger::cli {

QString HelpText::usage()
{
    return tr(R"(Usage: keyledger-cli [--db PATH] [--format table|json] [--actor NAME] COMMAND

Keyledger's command line: manages the users of a Keycloak realm through the local,
tamper-evident event store, the same one the Keyledger application uses.

Global options (before or after the command):
  --db PATH             the store file (default: %1)
  --format table|json   how results are printed (default: table; json: one object per line)
  --actor NAME          who is acting, recorded in every event (default: <os user>@<host>)
  -h, --help            show this help
  --version             show the version

Commands (USER is a user id or a username):
  user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
                        create a user and print its id (json: {"id":...,"position":...})
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
)")
        .arg(QDir::toNativeSeparators(AppContext::defaultDatabasePath()));
}

QString HelpText::version()
{
    return tr("keyledger-cli %1").arg(QCoreApplication::applicationVersion());
}

} // namespace keyledger::cli
