#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;

namespace keyledger {

// The audit view's filter inputs: user (username or id), actor, event type, source, and an
// optional from / to date-time. Emits changed() once typing pauses, and at once for the other
// inputs. It only collects values: resolving the user is the view's business.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TypingDelayMs = 300;

    explicit AuditFilterBar(QWidget* parent = nullptr);

    QString userText() const;
    QString actor() const;
    QString type() const;   // "": every type
    QString source() const; // "": every source
    QDateTime from() const; // invalid: no lower bound
    QDateTime to() const;   // invalid: no upper bound

    void setUserText(const QString& text);
    // Shows (or, with an empty text, hides) why the user filter matches nothing.
    void setUserProblem(const QString& problem);

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void changed();

private:
    void changedLater();

    QLineEdit* m_user;
    QLineEdit* m_actor;
    QComboBox* m_type;
    QComboBox* m_source;
    QCheckBox* m_fromEnabled;
    QDateTimeEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateTimeEdit* m_to;
    QTimer* m_typing;
};

} // namespace keyledger
