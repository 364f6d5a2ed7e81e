#include "analytics/FigureCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace keyledger {

FigureCard::FigureCard(const QString& caption, const QColor& accent, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Only the accent is styled: the text keeps the palette's colours, so dark themes stay readable.
    setStyleSheet(QStringLiteral("keyledger--FigureCard { border-left: 4px solid %1; }").arg(accent.name()));
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setTextFormat(Qt::PlainText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setTextFormat(Qt::PlainText);
    QPalette dim = m_detail->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_detail->setPalette(dim);
    m_caption->setPalette(dim);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void FigureCard::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

QString FigureCard::caption() const
{
    return m_caption->text();
}

QString FigureCard::value() const
{
    return m_value->text();
}

QString FigureCard::detail() const
{
    return m_detail->text();
}

} // namespace keyledger
