#include "domain/ValidationError.h"

#include <QStringList>

namespace keyledger {

namespace {

QString joined(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& error : errors)
        lines.append(error.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ValidationError::ValidationError(QList<FieldError> errors)
    : KeyledgerError(joined(errors))
    , m_errors(std::move(errors))
{}

} // namespace keyledger
