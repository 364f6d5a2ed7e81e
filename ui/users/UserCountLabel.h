#pragma once

#include <QLabel>

#include <optional>

namespace keyledger {

// How many users the list shows ("countLabel"): "1,234 users", or "12 of 1,234 users" while a
// filter is set; "Preparing the user list…" until the views can be read; and while a command is
// not yet visible in the list, the controller's "Saving…" / "Updating…" instead.
class UserCountLabel : public QLabel
{
    Q_OBJECT

public:
    explicit UserCountLabel(QWidget* parent = nullptr);

    // Shown instead of the count while not empty.
    void setWaiting(const QString& waitingText);
    void showPreparing();
    // all: the number of users without the filters; std::nullopt when no filter is set.
    void showCount(qint64 matching, std::optional<qint64> all);

private:
    void render();

    QString m_waiting;
    QString m_count;
};

} // namespace keyledger
