#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace keyledger::cli {

// The user commands that take nothing but USER:
// user enable|disable|delete|verify-email|reset-password USER
class UserActionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UserActionCommand)

public:
    enum class Action
    {
        Enable,
        Disable,
        Delete,
        VerifyEmail,
        ResetPassword
    };

    static QStringList actionNames();
    static std::optional<Action> actionNamed(const QString& name);

    explicit UserActionCommand(Action action);
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;

private:
    Action m_action;
};

} // namespace keyledger::cli
