#pragma once

#include <QJsonObject>
#include <QString>
#include <QUuid>

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

    // What an erased field reads as once its key is destroyed. Stored data, never translated:
    // exports and verifiers must see the same text on every desktop.
    static QString erasedValue() { return QStringLiteral("[erased]"); }
    // The username an erased user is shown under: "erased-" + the first 8 hex digits of the id,
    // stable and unique enough to tell erased users apart, and naming nobody.
    static QString pseudonymFor(const QUuid& userId);
    static QString pseudonymForStream(const QString& streamId);
};

} // namespace keyledger
