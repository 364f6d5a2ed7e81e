#pragma once

#include <QLocale>
#include <QMenu>

class QActionGroup;
class QSettings;

namespace keyledger {

// Tools › Language: System, English, Français. The choice is kept in QSettings ("ui/language":
// empty for the system's language, or "en", "fr"); languageChosen() lets the composition root
// install it and rebuild the window's texts at once (the menu itself cannot retranslate them).
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
    // Another language was chosen and saved: code is empty for the system's, or "en", "fr".
    void languageChosen(const QString& code);
    // A message about the choice, for the status bar.
    void changed(const QString& message);

private:
    QSettings* m_settings;
    QActionGroup* m_group;
};

} // namespace keyledger
