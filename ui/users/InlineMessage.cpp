#include "users/InlineMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace keyledger {

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    setFrameShape(QFrame::StyledPanel);
    setErrorLook(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("dismissMessageButton"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &InlineMessage::dismiss);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

QString InlineMessage::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void InlineMessage::setErrorLook(bool error)
{
    setStyleSheet(error ? QStringLiteral("#inlineMessage { background: #fdecea; border: 1px solid #e6a5a0; "
                                         "border-radius: 4px; } QLabel { color: #7f1d1d; }")
                        : QStringLiteral("#inlineMessage { background: #e8f0fe; border: 1px solid #a8c1ea; "
                                         "border-radius: 4px; } QLabel { color: #1a3a6b; }"));
}

void InlineMessage::showError(const QString& message)
{
    setErrorLook(true);
    m_label->setText(message);
    show();
}

void InlineMessage::showInfo(const QString& message)
{
    setErrorLook(false);
    m_label->setText(message);
    show();
}

void InlineMessage::dismiss()
{
    hide();
    m_label->clear();
}

} // namespace keyledger
