#pragma once

#include "common/KeyledgerError.h"

#include <QList>
#include <QString>

namespace keyledger {

// One rejected field: the field, Keycloak's message key for the same rule, and plain words.
struct FieldError
{
    QString field;
    QString code;
    QString message;
};

// Input the domain refuses, before anything is written.
class ValidationError : public KeyledgerError
{
public:
    explicit ValidationError(QList<FieldError> errors);
    const QList<FieldError>& errors() const { return m_errors; }

private:
    QList<FieldError> m_errors;
};

} // namespace keyledger
