#include "queries/UserStatus.h"

#include <QRegularExpression>
#include <QTest>

#include <array>

using namespace keyledger;

// The chapter's rules for the list: status, colour, label and the four permissions.
class TstUserStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusFromFlags_data();
    void statusFromFlags();
    void keysRoundTrip();
    void coloursAreGreenOrangeRedGrey();
    void labelsInEnglish();
    void permissions_data();
    void permissions();
};

void TstUserStatus::statusFromFlags_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("emailVerified");
    QTest::addColumn<int>("expected");
    QTest::newRow("enabled, verified") << true << true << int(UserStatus::Active);
    QTest::newRow("enabled, not verified") << true << false << int(UserStatus::Unverified);
    QTest::newRow("disabled, verified") << false << true << int(UserStatus::Disabled);
    QTest::newRow("disabled, not verified") << false << false << int(UserStatus::Disabled);
}

void TstUserStatus::statusFromFlags()
{
    QFETCH(bool, enabled);
    QFETCH(bool, emailVerified);
    QFETCH(int, expected);
    QCOMPARE(int(UserStatus::fromFlags(enabled, emailVerified)), expected);
}

void TstUserStatus::keysRoundTrip()
{
    QCOMPARE(UserStatus::key(UserStatus::Active), QStringLiteral("active"));
    QCOMPARE(UserStatus::key(UserStatus::Unverified), QStringLiteral("unverified"));
    QCOMPARE(UserStatus::key(UserStatus::Disabled), QStringLiteral("disabled"));
    QCOMPARE(UserStatus::key(UserStatus::Unknown), QStringLiteral("unknown"));
    for (UserStatus::Value v :
         {UserStatus::Active, UserStatus::Unverified, UserStatus::Disabled, UserStatus::Unknown})
        QCOMPARE(UserStatus::fromKey(UserStatus::key(v)), v);
    QCOMPARE(UserStatus::fromKey(u"banned"), UserStatus::Unknown);
    QCOMPARE(UserStatus::fromKey(u""), UserStatus::Unknown);
}

void TstUserStatus::coloursAreGreenOrangeRedGrey()
{
    QCOMPARE(UserStatus::colour(UserStatus::Active), QStringLiteral("#2e7d32"));
    QCOMPARE(UserStatus::colour(UserStatus::Unverified), QStringLiteral("#ef6c00"));
    QCOMPARE(UserStatus::colour(UserStatus::Disabled), QStringLiteral("#c62828"));
    QCOMPARE(UserStatus::colour(UserStatus::Unknown), QStringLiteral("#757575"));
    // Shape only: "#rrggbb", so QColor(name) builds it in the UI.
    for (UserStatus::Value v :
         {UserStatus::Active, UserStatus::Unverified, UserStatus::Disabled, UserStatus::Unknown})
        QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(UserStatus::colour(v)).hasMatch());
    // The hue is what the chapter names: the dominant channel of each colour.
    auto channels = [](UserStatus::Value v) {
        const QString c = UserStatus::colour(v);
        return std::array<int, 3>{c.mid(1, 2).toInt(nullptr, 16), c.mid(3, 2).toInt(nullptr, 16),
                                  c.mid(5, 2).toInt(nullptr, 16)};
    };
    const auto green = channels(UserStatus::Active);
    QVERIFY(green[1] > green[0] && green[1] > green[2]);
    const auto orange = channels(UserStatus::Unverified);
    QVERIFY(orange[0] > orange[1] && orange[1] > orange[2]);
    const auto red = channels(UserStatus::Disabled);
    QVERIFY(red[0] > 2 * red[1] && red[0] > 2 * red[2]);
    const auto grey = channels(UserStatus::Unknown);
    QVERIFY(grey[0] == grey[1] && grey[1] == grey[2]);
}

void TstUserStatus::labelsInEnglish()
{
    QCOMPARE(UserStatus::label(UserStatus::Active), QStringLiteral("Active"));
    QCOMPARE(UserStatus::label(UserStatus::Unverified), QStringLiteral("Unverified"));
    QCOMPARE(UserStatus::label(UserStatus::Disabled), QStringLiteral("Disabled"));
    QCOMPARE(UserStatus::label(UserStatus::Unknown), QStringLiteral("Unknown"));
}

void TstUserStatus::permissions_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("emailVerified");
    QTest::addColumn<bool>("hasLoggedIn");
    QTest::addColumn<bool>("canEdit");
    QTest::addColumn<bool>("canDelete");
    QTest::addColumn<bool>("canEnable");
    QTest::addColumn<bool>("canDisable");
    // canEdit = enabled and verified; canDelete = disabled or never logged in;
    // canEnable = disabled; canDisable = enabled.
    QTest::newRow("active, logged in") << true << true << true << true << false << false << true;
    QTest::newRow("active, never logged in") << true << true << false << true << true << false << true;
    QTest::newRow("unverified, logged in") << true << false << true << false << false << false << true;
    QTest::newRow("unverified, never logged in") << true << false << false << false << true << false << true;
    QTest::newRow("disabled verified, logged in") << false << true << true << false << true << true << false;
    QTest::newRow("disabled verified, never logged in")
        << false << true << false << false << true << true << false;
    QTest::newRow("disabled unverified, logged in")
        << false << false << true << false << true << true << false;
    QTest::newRow("disabled unverified, never logged in")
        << false << false << false << false << true << true << false;
}

void TstUserStatus::permissions()
{
    QFETCH(bool, enabled);
    QFETCH(bool, emailVerified);
    QFETCH(bool, hasLoggedIn);
    QTEST(UserStatus::canEdit(enabled, emailVerified, hasLoggedIn), "canEdit");
    QTEST(UserStatus::canDelete(enabled, emailVerified, hasLoggedIn), "canDelete");
    QTEST(UserStatus::canEnable(enabled, emailVerified, hasLoggedIn), "canEnable");
    QTEST(UserStatus::canDisable(enabled, emailVerified, hasLoggedIn), "canDisable");
}

QTEST_GUILESS_MAIN(TstUserStatus)
#include "tst_userstatus.moc"
