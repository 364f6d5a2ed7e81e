#pragma once

#include <QLocale>
#include <QMenu>

class QActionGroup;
class QSettings;

namespace keyledger {

// View › Language: System, English, Français. The choice is kept in QSettings ("ui/language":
// empty for the system's language, or "en", "fr") and applies at the next start, as the menu
// says: every window would otherwise have to rebuild its texts.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // settings: nullptr = the application's.
    explicit LanguageMenu(QWidget* parent = nullptr, QSettings* settings = nullptr);

    // The locale to install at start: the saved choice, or the system's.
    static QLocale savedLocale(QSettings* settings = nullptr);
    static QString savedChoice(QSettings* settings = nullptr);

Q_SIGNALS:
    // The choice changed; it shows at the next start.
    void changed(const QString& message);

private:
    QSettings* m_settings;
    QActionGroup* m_group;
};

} // namespace keyledger
