#include "ErrorReporter.h"

#include "CliError.h"
#include "Console.h"

#include "domain/UserAggregate.h"
#include "domain/UserRuleError.h"
#include "domain/ValidationError.h"
#include "store/StoreErrors.h"

#include <exception>

namespace keyledger::cli {

ErrorReporter::ErrorReporter(Console& console)
    : m_console(console)
{}

ExitCode ErrorReporter::reportCurrentException()
{
    try {
        throw;
    } catch (const CliError& error) {
        m_console.message(error.message());
        if (error.code() == ExitCode::Usage)
            m_console.message(tr("Run keyledger-cli --help for the commands and their options."));
        return error.code();
    } catch (const ValidationError& error) {
        m_console.message(tr("Refused, nothing was changed:"));
        for (const FieldError& field : error.errors())
            m_console.message(tr("  %1: %2").arg(field.field, field.message));
        return ExitCode::Validation;
    } catch (const UserRuleError& error) {
        m_console.message(tr("Refused, nothing was changed: %1").arg(error.message()));
        return ExitCode::Validation;
    } catch (const ConcurrencyError& error) {
        const QUuid userId = UserAggregate::userIdFromStream(error.streamId());
        const QString what = userId.isNull() ? tr("the stream %1").arg(error.streamId())
                                             : tr("user %1").arg(userId.toString(QUuid::WithoutBraces));
        m_console.message(
            tr("Conflict, nothing was changed: %1 was changed meanwhile and is now at version %2. "
               "Look at it again (keyledger-cli user show) and retry.")
                .arg(what, QString::number(error.actualVersion())));
        return ExitCode::Conflict;
    } catch (const DuplicateEventError& error) {
        m_console.message(tr("Conflict, nothing was changed: %1").arg(error.message()));
        return ExitCode::Conflict;
    } catch (const StorageError& error) {
        m_console.message(tr("Storage error: %1").arg(error.message()));
        return ExitCode::Storage;
    } catch (const KeyledgerError& error) {
        // Anything else the model refuses comes from what it read: events it cannot apply.
        m_console.message(tr("The store could not be used: %1").arg(error.message()));
        return ExitCode::Storage;
    } catch (const std::exception& error) {
        m_console.message(tr("Unexpected error: %1").arg(QString::fromLocal8Bit(error.what())));
        return ExitCode::Internal;
    } catch (...) {
        m_console.message(tr("Unexpected error."));
        return ExitCode::Internal;
    }
}

} // namespace keyledger::cli
