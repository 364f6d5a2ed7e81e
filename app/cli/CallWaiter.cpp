#include "CallWaiter.h"

#include "keycloak/KeycloakCall.h"

#include <QEventLoop>

namespace keyledger::cli {

CallWaiter::Answer CallWaiter::wait(KeycloakCall* call)
{
    Answer answer;
    QEventLoop loop;
    QObject::connect(call, &KeycloakCall::finished, &loop, [&] {
        answer.ok = call->ok();
        answer.error = call->error();
        answer.json = call->json();
        loop.quit();
    });
    loop.exec();
    return answer;
}

} // namespace keyledger::cli
