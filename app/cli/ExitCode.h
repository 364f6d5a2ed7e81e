#pragma once

namespace keyledger::cli {

// keyledger-cli's exit codes: scripts rely on them, so they never change meaning.
enum class ExitCode
{
    Ok = 0,
    Internal = 1,           // an unexpected failure inside keyledger-cli itself
    Usage = 2,              // unknown command or option, missing argument, bad number
    Validation = 3,         // input refused: invalid field, rule of the user's state, unknown user
    Conflict = 4,           // someone else changed the user first (optimistic concurrency)
    Storage = 5,            // the store is missing, damaged, read-only or not a Keyledger file
    VerificationFailed = 6, // the hash chain does not verify
    Remote = 7,             // Keycloak unreachable, refusing the credentials, or the keychain unavailable
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace keyledger::cli
