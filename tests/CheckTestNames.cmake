# CTest learns the test cases' names from Catch (catch_discover_tests) and keeps them
# in a CMake list, where a semicolon splits one name into two tests that match
# nothing and fail. A test case's name must therefore not contain one (sections are
# not CTest tests).
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*.cpp")
list(FILTER sources EXCLUDE REGEX "^broken-structure/")
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "TEST_CASE\\(\"[^\"]*;")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        string(APPEND found "${source}: ${line}\n")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "Test names with a semicolon (CTest would split them):\n${found}")
endif()
