// The editor after someone else changed the user: Save says so and offers Reload (take the
// current values) or Keep My Changes (apply the edit on top of the current version).
#include "commands/UserCommandHandler.h"
#include "store/SqliteEventStore.h"
#include "users/UserEditorDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

class TestUserEditorConflict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepMyChangesAppliesThemOnTheNewVersion();
    void reloadTakesTheCurrentValues();

private:
    // Opens the editor on the user as it is now, then lets "someone else" change the last name,
    // then types a new first name and saves: the save meets the conflict.
    std::unique_ptr<UserEditorDialog> conflictingEdit();
    QLineEdit* field(UserEditorDialog& dialog, const char* name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_users;
    QUuid m_id;
};

void TestUserEditorConflict::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SqliteEventStore>(m_dir->filePath(QStringLiteral("k.db")),
                                                 SqliteConnection::OpenMode::CreateIfMissing);
    m_users = std::make_unique<UserCommandHandler>(*m_store);
    CreateUser create;
    create.username = QStringLiteral("ada");
    create.email = QStringLiteral("ada@example.org");
    create.firstName = QStringLiteral("Ada");
    create.lastName = QStringLiteral("Byron");
    m_id = m_users->create(create, CommandContext::localUser()).userId;
}

void TestUserEditorConflict::cleanup()
{
    m_users.reset();
    m_store.reset();
    m_dir.reset();
}

QLineEdit* TestUserEditorConflict::field(UserEditorDialog& dialog, const char* name)
{
    return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
}

std::unique_ptr<UserEditorDialog> TestUserEditorConflict::conflictingEdit()
{
    const UserAggregate user = m_users->load(m_id);
    UserDetail detail;
    detail.id = m_id;
    detail.username = user.state().personal.username;
    detail.email = user.state().personal.email;
    detail.firstName = user.state().personal.firstName;
    detail.lastName = user.state().personal.lastName;
    detail.enabled = user.state().enabled;
    detail.version = user.version();
    auto dialog = std::make_unique<UserEditorDialog>(*m_users, detail);

    UpdateUserProfile other;
    other.lastName = QStringLiteral("Lovelace");
    m_users->updateProfile(m_id, other,
                           CommandContext{QStringLiteral("bob@laptop"), EventMetadata::sourceLocal(), {}});

    field(*dialog, "firstNameEdit")->setText(QStringLiteral("Augusta"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    return dialog;
}

void TestUserEditorConflict::keepMyChangesAppliesThemOnTheNewVersion()
{
    const auto dialog = conflictingEdit();
    auto* keep = dialog->findChild<QPushButton*>(QStringLiteral("keepChangesButton"));
    auto* reload = dialog->findChild<QPushButton*>(QStringLiteral("reloadButton"));
    QVERIFY(keep->isVisibleTo(dialog.get()));
    QVERIFY(reload->isVisibleTo(dialog.get()));
    QCOMPARE(m_users->load(m_id).state().personal.firstName, QStringLiteral("Ada")); // nothing written

    keep->click();
    QCOMPARE(field(*dialog, "firstNameEdit")->text(), QStringLiteral("Augusta")); // the edit stays
    QCOMPARE(field(*dialog, "lastNameEdit")->text(), QStringLiteral("Lovelace")); // untouched: theirs
    bool saidWhatChanged = false;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        saidWhatChanged = saidWhatChanged || label->text().contains(QStringLiteral("Lovelace"));
    QVERIFY(saidWhatChanged);

    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    const UserState state = m_users->load(m_id).state();
    QCOMPARE(state.personal.firstName, QStringLiteral("Augusta")); // mine
    QCOMPARE(state.personal.lastName, QStringLiteral("Lovelace")); // theirs, kept
}

void TestUserEditorConflict::reloadTakesTheCurrentValues()
{
    const auto dialog = conflictingEdit();
    dialog->findChild<QPushButton*>(QStringLiteral("reloadButton"))->click();
    QCOMPARE(field(*dialog, "firstNameEdit")->text(), QStringLiteral("Ada"));
    QCOMPARE(field(*dialog, "lastNameEdit")->text(), QStringLiteral("Lovelace"));
    QCOMPARE(m_users->load(m_id).state().personal.firstName, QStringLiteral("Ada"));
}

QTEST_MAIN(TestUserEditorConflict)
#include "tst_usereditorconflict.moc"
