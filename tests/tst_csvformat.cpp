#include "common/CsvFormat.h"

#include <QTest>

using namespace keyledger;

class TstCsvFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreQuotedAndNeutralised_data();
    void fieldsAreQuotedAndNeutralised();
    void recordsEndWithCrLf();
};

void TstCsvFormat::fieldsAreQuotedAndNeutralised_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "plain"
                           << "plain";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quotes") << "say \"hi\""
                            << "\"say \"\"hi\"\"\"";
    QTest::newRow("line break") << "two\nlines"
                                << "\"two\nlines\"";
    QTest::newRow("formula") << "=cmd|' /C calc'!A0"
                             << "'=cmd|' /C calc'!A0";
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("minus") << "-1"
                           << "'-1";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("carriage return") << "\rx"
                                     << "\"'\rx\"";
    QTest::newRow("formula with comma") << "=a,b"
                                        << "\"'=a,b\"";
    QTest::newRow("empty") << ""
                           << "";
}

void TstCsvFormat::fieldsAreQuotedAndNeutralised()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvFormat::field(value), expected);
}

void TstCsvFormat::recordsEndWithCrLf()
{
    QCOMPARE(CsvFormat::record({QStringLiteral("a"), QString(), QStringLiteral("c,d")}),
             QStringLiteral("a,,\"c,d\"\r\n"));
}

QTEST_GUILESS_MAIN(TstCsvFormat)
#include "tst_csvformat.moc"
