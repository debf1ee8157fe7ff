# Fails when a source file outside the platform files includes a header of one
# operating system (POSIX: unistd.h, fcntl.h, sys/*.h, pwd.h, signal.h...; Windows:
# windows.h, io.h...). Such calls live behind core/storage/Platform.h, in
# Platform_posix.cpp and Platform_windows.cpp, so that the rest builds anywhere Qt does.
#
# Usage: cmake -DSOURCE_DIR=<tree> -P CheckSystemHeaders.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

set(platform_files core/storage/Platform_posix.cpp core/storage/Platform_windows.cpp)
set(system_headers "unistd\\.h|fcntl\\.h|sys/[^>]+|pwd\\.h|grp\\.h|signal\\.h|csignal|dirent\\.h|termios\\.h|dlfcn\\.h|poll\\.h|windows\\.h|io\\.h|share\\.h|direct\\.h")

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp
    ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
    ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)

set(violations "")
foreach(source IN LISTS sources)
    if(source IN_LIST platform_files)
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/${source} includes
         REGEX "^[ \t]*#[ \t]*include[ \t]*<(${system_headers})>")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>.*" "\\1" header "${line}")
        string(APPEND violations "\n  ${source} includes <${header}>")
    endforeach()
endforeach()

if(NOT violations STREQUAL "")
    message(FATAL_ERROR "System headers outside core/storage/Platform_*.cpp (use Platform.h):${violations}")
endif()
list(LENGTH sources files)
message(STATUS "${files} files: system calls only in ${platform_files}.")
