#include "common/LanguageMenu.h"

#include <QActionGroup>
#include <QSettings>

namespace keyledger {

namespace {

const QString languageKey = QStringLiteral("ui/language");

} // namespace

QString LanguageMenu::savedChoice(QSettings* settings)
{
    QSettings own;
    return (settings ? settings : &own)->value(languageKey).toString();
}

QLocale LanguageMenu::savedLocale(QSettings* settings)
{
    const QString choice = savedChoice(settings);
    return choice.isEmpty() ? QLocale::system() : QLocale(choice);
}

LanguageMenu::LanguageMenu(QWidget* parent, QSettings* settings)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = savedChoice(m_settings);
    // Language names in their own language: someone who cannot read the current one still
    // finds theirs.
    const QList<QPair<QString, QString>> choices{{QString(), tr("System Language")},
                                                 {QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto& [code, name] : choices) {
        QAction* action = addAction(name);
        action->setObjectName(QStringLiteral("languageAction_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString code = action->data().toString();
        QSettings own;
        QSettings* store = m_settings ? m_settings : &own;
        if (store->value(languageKey).toString() == code)
            return;
        if (code.isEmpty())
            store->remove(languageKey);
        else
            store->setValue(languageKey, code);
        Q_EMIT changed(tr("Language: %1").arg(action->text()));
        Q_EMIT languageChosen(code);
    });
}

} // namespace keyledger
