#include "sync/ImportSummary.h"

namespace keyledger {

QString ImportSummary::text(const ImportReport& report)
{
    return tr("Users in Keycloak: %1\nNew: %2\nChanged in Keycloak: %3\nUnchanged: %4\nDeleted in Keycloak: "
              "%5\n"
              "Waiting for the sync: %6\nNot matched: %7\nLogins recorded: %8")
        .arg(report.seen)
        .arg(report.imported)
        .arg(report.changed)
        .arg(report.unchanged)
        .arg(report.deletedInKeycloak)
        .arg(report.skippedPending)
        .arg(report.conflicts)
        .arg(report.logins);
}

} // namespace keyledger
