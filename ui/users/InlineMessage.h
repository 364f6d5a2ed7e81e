#pragma once

#include <QFrame>

class QLabel;

namespace keyledger {

// A dismissible message shown inside a view (not a modal box): errors of commands that ran in
// the background of the admin's work, which must be read but not block it.
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    explicit InlineMessage(QWidget* parent = nullptr);

    QString text() const;

public Q_SLOTS:
    void showError(const QString& message);
    // A result to read (what a bulk action did), in blue rather than red.
    void showInfo(const QString& message);
    void dismiss();

private:
    void setErrorLook(bool error);

    QLabel* m_label;
};

} // namespace keyledger
