#include "users/UserCountLabel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace keyledger {

// Strings moved here from UsersView keep its translation context ("keyledger::UsersView"), so
// the existing translations, English plural forms included, still apply.

UserCountLabel::UserCountLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("countLabel"));
}

void UserCountLabel::setWaiting(const QString& waitingText)
{
    m_waiting = waitingText;
    render();
}

void UserCountLabel::showPreparing()
{
    m_count = QCoreApplication::translate("keyledger::UsersView", "Preparing the user list…");
    render();
}

void UserCountLabel::showCount(qint64 matching, std::optional<qint64> all)
{
    const auto plural = [](qint64 count) { return int(std::min<qint64>(count, INT_MAX)); };
    m_count =
        all ? QCoreApplication::translate("keyledger::UsersView", "%1 of %Ln user(s)", nullptr, plural(*all))
                  .arg(QLocale().toString(matching))
            : QCoreApplication::translate("keyledger::UsersView", "%Ln user(s)", nullptr, plural(matching));
    render();
}

void UserCountLabel::render()
{
    setText(m_waiting.isEmpty() ? m_count : m_waiting);
}

} // namespace keyledger
