#include "ProfileSecrets.h"

#include "CliError.h"
#include "Console.h"

#include "credentials/CredentialStore.h"

#include <QEventLoop>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace keyledger::cli {

namespace {

struct JobResult
{
    CredentialJob::Error error = CredentialJob::Error::NoError;
    QString errorString;
    QString value;
};

JobResult await(CredentialJob* job)
{
    JobResult result;
    QEventLoop loop;
    QObject::connect(job, &CredentialJob::finished, &loop, [&](CredentialJob* finished) {
        result.error = finished->error();
        result.errorString = finished->errorString();
        result.value = finished->value();
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

QString ProfileSecrets::prompt(const QString& question, Console& console)
{
    console.err() << question;
    console.flush();
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        console.err() << Qt::endl;
    }
    return line.trimmed();
}

QString ProfileSecrets::read(const QString& profileName, Console& console)
{
    CredentialStore keychain;
    const JobResult result = await(keychain.readSecret(CredentialStore::profileSecretKey(profileName)));
    if (result.error == CredentialJob::Error::NoError && !result.value.isEmpty())
        return result.value;
    if (!isatty(STDIN_FILENO))
        throw CliError(
            ExitCode::Remote,
            result.error == CredentialJob::Error::NotFound
                ? tr("No secret is stored for profile %1: run keyledger-cli login %1.").arg(profileName)
                : tr("The keychain cannot be reached (%1) and there is no terminal to ask for the "
                     "secret of profile %2.")
                      .arg(result.errorString, profileName));
    return prompt(tr("Secret for profile %1 (not stored): ").arg(profileName), console);
}

bool ProfileSecrets::write(const QString& profileName, const QString& secret, QString& error)
{
    CredentialStore keychain;
    const JobResult result =
        await(keychain.writeSecret(CredentialStore::profileSecretKey(profileName), secret));
    error = result.errorString;
    return result.error == CredentialJob::Error::NoError;
}

void ProfileSecrets::remove(const QString& profileName)
{
    CredentialStore keychain;
    await(keychain.removeSecret(CredentialStore::profileSecretKey(profileName)));
}

} // namespace keyledger::cli
