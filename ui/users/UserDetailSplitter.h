#pragma once

#include <QSplitter>

class QAction;

namespace keyledger {

// The users list and, on its right, the current user's detail panel ("usersSplitter"). The panel
// can be collapsed (dragged shut or closed with the Details Panel action); the sizes are kept in
// QSettings under "users/splitter" (saved when the splitter goes).
class UserDetailSplitter : public QSplitter
{
    Q_OBJECT

public:
    UserDetailSplitter(QWidget* list, QWidget* panel, QWidget* parent = nullptr);
    ~UserDetailSplitter() override;

    bool isPanelOpen() const;
    // Opens the panel on two fifths of the width, or collapses it.
    void setPanelOpen(bool open);
    // A checkable action that opens and collapses the panel, and is kept checked while the
    // panel is open, however it was opened (dragged or toggled).
    void setToggleAction(QAction* toggle);

Q_SIGNALS:
    // The toggle action opened the panel: time to show the current user's details.
    void panelOpened();
};

} // namespace keyledger
