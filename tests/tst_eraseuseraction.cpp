// Users > Erase Personal Data…: refuses unless the admin types the username, then erases on a
// worker thread (the ledger keeps the history under a pseudonym, the views show [erased]).
#include "commands/UserCommandHandler.h"
#include "domain/PersonalData.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/UserQueries.h"
#include "store/SqliteEventStore.h"
#include "users/EraseUserAction.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace keyledger;

class TestEraseUserAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmationMustMatchTheUsername();
    void typedUsernameErasesTheUser();
};

void TestEraseUserAction::confirmationMustMatchTheUsername()
{
    QVERIFY(EraseUserAction::confirms(QStringLiteral("ada"), QStringLiteral("ada")));
    QVERIFY(EraseUserAction::confirms(QStringLiteral(" ada "), QStringLiteral("ada")));
    QVERIFY(!EraseUserAction::confirms(QStringLiteral("Ada"), QStringLiteral("ada")));
    QVERIFY(!EraseUserAction::confirms(QStringLiteral("ad"), QStringLiteral("ada")));
    QVERIFY(!EraseUserAction::confirms(QString(), QString()));
}

void TestEraseUserAction::typedUsernameErasesTheUser()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("erase.db"));
    SqliteEventStore store(path, SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler users(store);
    CreateUser create;
    create.username = QStringLiteral("grace");
    create.email = QStringLiteral("grace@navy.example");
    create.firstName = QStringLiteral("Grace");
    create.lastName = QStringLiteral("Hopper");
    const QUuid id = users.create(create, CommandContext::localUser()).userId;
    {
        ViewDatabase views(ViewDatabase::pathFor(path));
        Projector projector(store, views, ReadModelCatalog::create());
        projector.initialize();
        projector.catchUp();
    }

    QWidget window;
    EraseUserAction erase(path, users, &window);
    QVERIFY(!erase.action()->isEnabled()); // no user yet
    erase.setUser(id);
    QVERIFY(erase.action()->isEnabled());
    QSignalSpy erased(&erase, &EraseUserAction::erased);
    QString prompt;
    QTimer::singleShot(0, this, [&prompt] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        prompt = dialog->labelText();
        dialog->setTextValue(QStringLiteral("grace"));
        dialog->accept();
    });
    erase.action()->trigger();
    QVERIFY(prompt.contains(QStringLiteral("grace")));
    QVERIFY(prompt.contains(PersonalData::pseudonymFor(id)));
    QVERIFY(erased.wait(30000));
    QCOMPARE(erased.first().first().value<QUuid>(), id);

    const UserState state = users.load(id).state();
    QCOMPARE(state.personal.username, PersonalData::pseudonymFor(id));
    QCOMPARE(state.personal.email, PersonalData::erasedValue());
    QVERIFY(store.verifyChain().ok);
    const std::optional<UserDetail> detail = UserQueries(ViewDatabase::pathFor(path)).detail(id);
    QVERIFY(detail);
    QCOMPARE(detail->firstName, PersonalData::erasedValue());
}

QTEST_MAIN(TestEraseUserAction)
#include "tst_eraseuseraction.moc"
