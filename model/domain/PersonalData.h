#pragma once

#include <QJsonObject>
#include <QString>

namespace keyledger {

// The fields that name a person. Events keep them in one separate "personal" object so that it
// can be encrypted with a per-user key and erased on request (crypto-shredding) without
// touching the rest of the event.
struct PersonalData
{
    QString username;
    QString email;
    QString firstName;
    QString lastName;

    bool operator==(const PersonalData&) const = default;
    QJsonObject toJson() const;
    static PersonalData fromJson(const QJsonObject& json);
    static bool isPersonalField(const QString& field);
};

} // namespace keyledger
