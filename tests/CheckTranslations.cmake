# Runs lupdate over the sources into a copy of teren_cs.ts and fails if the copy
# has any unfinished entry: new tr() strings arrive unfinished, so this catches both
# strings missing from the file and entries nobody translated.
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${SOURCE_DIR}/translations/teren_cs.ts ${WORK_DIR}/teren_cs.ts COPYONLY)
configure_file(${SOURCE_DIR}/translations/teren_en.ts ${WORK_DIR}/teren_en.ts COPYONLY)
# English needs only the plural forms of "%n" strings.
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -pluralonly -locations none ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app
            -ts ${WORK_DIR}/teren_en.ts
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(STRINGS ${WORK_DIR}/teren_en.ts unfinished_en REGEX "type=\"unfinished\"")
list(LENGTH unfinished_en count_en)
if(count_en GREATER 0)
    message(FATAL_ERROR "${count_en} English plural forms are missing from translations/teren_en.ts.")
endif()
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app
            -ts ${WORK_DIR}/teren_cs.ts
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(STRINGS ${WORK_DIR}/teren_cs.ts unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
file(STRINGS ${WORK_DIR}/teren_cs.ts all_messages REGEX "<message")
list(LENGTH all_messages total)
if(count GREATER 0)
    file(STRINGS ${WORK_DIR}/teren_cs.ts context REGEX "<source>")
    message(FATAL_ERROR "${count} of ${total} strings are untranslated or missing from translations/teren_cs.ts; "
                        "run lupdate and translate them.")
endif()
message(STATUS "All ${total} strings are translated.")
