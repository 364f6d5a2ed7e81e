#pragma once

#include <QByteArray>
#include <QString>

namespace keyledger {

// What `audit verify` found in a JSON Lines export.
struct AuditVerifyReport
{
    enum class Outcome
    {
        Intact,      // every check passed
        Tampered,    // a line does not match (line, position and problem say where and what)
        NotAnExport, // unreadable, or its first line is not an export's header
    };

    Outcome outcome = Outcome::NotAnExport;
    qint64 line = 0;     // 1-based line of the first mismatch, 0 when none
    qint64 position = 0; // that line's event position, when it has one
    QString problem;     // plain words
    bool complete = false;
    qint64 events = 0;       // event lines checked
    qint64 headPosition = 0; // the chain head the header states
    QByteArray headHash = {};

    bool intact() const { return outcome == Outcome::Intact; }
};

} // namespace keyledger
