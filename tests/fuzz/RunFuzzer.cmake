# One smoke run of a fuzz target: RUNS inputs with the fixed SEED, starting from the
# seed corpus CORPUS (read only: what the run finds goes to WORK_DIR, emptied first,
# so every run starts alike). Any crash, leak, undefined behaviour or input slower
# than the timeout fails the test; its input is left in WORK_DIR/artifacts.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/corpus ${WORK_DIR}/artifacts)
set(options -runs=${RUNS} -seed=${SEED} -timeout=30 -print_final_stats=1 -artifact_prefix=${WORK_DIR}/artifacts/)
if(DICT)
    list(APPEND options -dict=${DICT})
endif()
execute_process(COMMAND ${FUZZER} ${options} ${WORK_DIR}/corpus ${CORPUS} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts ${WORK_DIR}/artifacts/*)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input: ${artifacts}")
endif()
