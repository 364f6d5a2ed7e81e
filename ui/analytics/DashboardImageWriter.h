#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace keyledger {

// Saves what a widget shows (QWidget::grab(), at the screen's pixel ratio) as a PNG file, whole
// or not at all.
class DashboardImageWriter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::DashboardImageWriter)

public:
    static bool write(QWidget* widget, const QString& path, QString* error = nullptr);
};

} // namespace keyledger
