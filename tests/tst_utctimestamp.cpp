#include "common/UtcTimestamp.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace keyledger;

class TstUtcTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQDateTime();
};

void TstUtcTimestamp::matchesQDateTime()
{
    QList<qint64> samples{0,
                          1,
                          999,
                          1000,
                          86399999,
                          86400000,
                          951782400000 /* 2000-02-29 */,
                          1718000000001,
                          4102444799999 /* 2099-12-31 */,
                          253402300799999 /* 9999-12-31 */};
    QRandomGenerator random(42);
    for (int i = 0; i < 20000; ++i)
        samples.append(qint64(random.bounded(quint64(253402300799999))));
    for (qint64 ms : samples)
        QCOMPARE(UtcTimestamp::format(ms),
                 QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

QTEST_GUILESS_MAIN(TstUtcTimestamp)
#include "tst_utctimestamp.moc"
