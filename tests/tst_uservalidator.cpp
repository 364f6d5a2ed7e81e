#include "domain/UserValidator.h"

#include <QTest>

using namespace keyledger;

class TstUserValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usernames_data();
    void usernames();
    void emails_data();
    void emails();
    void personNames_data();
    void personNames();
    void normalisesLikeKeycloak();
};

void TstUserValidator::usernames_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::newRow("plain") << "ada"
                           << "";
    QTest::newRow("dots dashes at") << "ada.lovelace-1_x@acme.org"
                                    << "";
    QTest::newRow("accented") << "zoé"
                              << "";
    QTest::newRow("too short") << "ab"
                               << "error-invalid-length";
    QTest::newRow("255") << QString(255, QLatin1Char('a')) << "";
    QTest::newRow("256") << QString(256, QLatin1Char('a')) << "error-invalid-length";
    QTest::newRow("empty") << ""
                           << "missingUsernameMessage";
    QTest::newRow("space") << "ada lovelace"
                           << "error-username-invalid-character";
    QTest::newRow("slash") << "cz/cz/123"
                           << "error-username-invalid-character";
    QTest::newRow("apostrophe") << "o'brien"
                                << "error-username-invalid-character";
    QTest::newRow("angle") << "<script>"
                           << "error-username-invalid-character";
    QTest::newRow("control") << QStringLiteral("ada\u0007x") << "error-username-invalid-character";
}

void TstUserValidator::usernames()
{
    QFETCH(QString, username);
    QFETCH(QString, code);
    const QList<FieldError> errors = UserValidator::checkUsername(username);
    if (code.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].field, QStringLiteral("username"));
        QCOMPARE(errors[0].code, code);
        QVERIFY(!errors[0].message.isEmpty());
    }
}

void TstUserValidator::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is allowed") << "" << true;
    QTest::newRow("plain") << "ada@example.org" << true;
    QTest::newRow("plus tag") << "ada+keycloak@mail.example.co.uk" << true;
    QTest::newRow("single label host") << "root@localhost" << true;
    QTest::newRow("no at") << "ada.example.org" << false;
    QTest::newRow("no local part") << "@example.org" << false;
    QTest::newRow("trailing at") << "ada@" << false;
    QTest::newRow("two ats") << "ada@@example.org" << false;
    QTest::newRow("space") << "ada lovelace@example.org" << false;
    QTest::newRow("double dot") << "ada..l@example.org" << false;
    QTest::newRow("dash label") << "ada@-example.org" << false;
    QTest::newRow("local part 65") << QString(65, QLatin1Char('a')) + "@example.org" << false;
    QTest::newRow("too long") << "a@" + QString(250, QLatin1Char('b')) + ".org" << false;
}

void TstUserValidator::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(UserValidator::checkEmail(email).isEmpty(), valid);
}

void TstUserValidator::personNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("apostrophe and space") << "D'Arcy Smith" << true;
    QTest::newRow("accents") << "Françoise-Émilie" << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("angle bracket") << "<b>Ada</b>" << false;
    QTest::newRow("dollar") << "Ada$" << false;
    QTest::newRow("256") << QString(256, QLatin1Char('x')) << false;
}

void TstUserValidator::personNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(UserValidator::checkPersonName(QStringLiteral("firstName"), name).isEmpty(), valid);
}

void TstUserValidator::normalisesLikeKeycloak()
{
    QCOMPARE(UserValidator::normalizeUsername(QStringLiteral("  Ada.Lovelace ")),
             QStringLiteral("ada.lovelace"));
    QCOMPARE(UserValidator::normalizeEmail(QStringLiteral("Ada@Example.ORG")),
             QStringLiteral("ada@example.org"));
}

QTEST_GUILESS_MAIN(TstUserValidator)
#include "tst_uservalidator.moc"
