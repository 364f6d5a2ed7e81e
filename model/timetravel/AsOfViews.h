#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>
#include <memory>

namespace keyledger {

class EventStore;
class ViewDatabase;

// The read models as they stood at a past moment: a views database of its own, in a temporary
// folder, built by the same read models (ReadModelCatalog) over the ledger's events up to the
// last one recorded at or before that moment. Query it with the ordinary query classes
// (UserQueries on viewsPath()), so an as-of answer is computed by the same code as today's.
//
// Relies on recorded times never decreasing along positions: the store stamps each append with
// the clock read after taking the write lock, so appends in position order carry non-decreasing
// times as long as every writer shares one clock that does not step back (one machine).
//
// Belongs to the thread that built it. The temporary folder goes when the object does.
class AsOfViews
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AsOfViews)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    // The read models build() runs when none are named: what the user list and detail need.
    static QStringList defaultModels() { return {QStringLiteral("detail"), QStringLiteral("list")}; }

    // The last position recorded at or before `at` (0: nothing yet), found by bisection.
    static qint64 endPositionAt(EventStore& ledger, const QDateTime& at);

    AsOfViews(EventStore& ledger, const QDateTime& at);
    ~AsOfViews();
    AsOfViews(const AsOfViews&) = delete;
    AsOfViews& operator=(const AsOfViews&) = delete;

    // Replays the ledger up to endPosition() into the named read models (KeyledgerError for an
    // unknown name). False when progress cancelled it; the views are then empty.
    bool build(const Progress& progress = {}, const QStringList& models = defaultModels());
    // Replays only this user's stream into the detail model: enough for UserQueries::detail of
    // that user, and much cheaper than build() on a large ledger.
    void buildUser(const QUuid& userId);

    QDateTime at() const { return m_at; }
    qint64 endPosition() const { return m_endPosition; }
    QString viewsPath() const;

private:
    EventStore& m_ledger;
    QDateTime m_at;
    qint64 m_endPosition = 0;
    QTemporaryDir m_folder;
    std::unique_ptr<ViewDatabase> m_views;
};

} // namespace keyledger
