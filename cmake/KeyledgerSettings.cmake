# One place for the strict settings every Keyledger target gets.
function(keyledger_apply_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        KEYLEDGER_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
        -Wshadow=local -Wcast-qual -Wformat=2)
    if(KEYLEDGER_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
