#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace keyledger {

// One figure of the analytics dashboard: a caption, the value in large type, an optional line
// of detail under it, and a coloured accent on the left.
class FigureCard : public QFrame
{
    Q_OBJECT

public:
    FigureCard(const QString& caption, const QColor& accent, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = {});
    QString caption() const;
    QString value() const;
    QString detail() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace keyledger
