# Fails when a source file includes a header of a layer above its own, or of another
# library on the same level (sync, report, io and access do not know each other). The layers,
# bottom up, as core/CMakeLists.txt links them (docs/architecture.md draws them):
#
#   0 core/domain, core/i18n   1 core/storage   2 core/changes   3 core/store
#   4 core/sync, core/report, core/io, core/access   5 core/demo   6 ui   7 app
#
# Usage: cmake -DSOURCE_DIR=<tree> -P CheckLayers.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

set(layer_core/domain 0)
set(layer_core/i18n 0)
set(layer_core/storage 1)
set(layer_core/changes 2)
set(layer_core/store 3)
set(layer_core/sync 4)
set(layer_core/report 4)
set(layer_core/io 4)
set(layer_core/access 4)
set(layer_core/demo 5)
set(layer_ui 6)
set(layer_app 7)

# The library a file belongs to: its core/<folder>, or ui or app as a whole.
function(library_of relative out)
    if(relative MATCHES "^core/([^/]+)/")
        set(${out} "core/${CMAKE_MATCH_1}" PARENT_SCOPE)
    elseif(relative MATCHES "^(ui|app)/")
        set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
    else()
        set(${out} "" PARENT_SCOPE)
    endif()
endfunction()

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp
    ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
    ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)

set(violations "")
set(checked 0)
foreach(source IN LISTS sources)
    library_of(${source} own)
    if(own STREQUAL "" OR NOT DEFINED layer_${own})
        string(APPEND violations "\n  ${source}: in no layer (add its folder to tests/CheckLayers.cmake)")
        continue()
    endif()
    set(own_level ${layer_${own}})
    get_filename_component(folder ${source} DIRECTORY)
    file(STRINGS ${SOURCE_DIR}/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
        # Resolved as the compiler does: beside the file, then on the libraries'
        # include paths (core/, ui/, app/).
        set(target "")
        foreach(base ${folder} core ui app)
            if(EXISTS ${SOURCE_DIR}/${base}/${header})
                get_filename_component(target ${SOURCE_DIR}/${base}/${header} ABSOLUTE)
                file(RELATIVE_PATH target ${SOURCE_DIR} ${target})
                break()
            endif()
        endforeach()
        if(target STREQUAL "")
            continue() # a generated header (ui_*.h, moc) or a system one
        endif()
        math(EXPR checked "${checked} + 1")
        library_of(${target} theirs)
        if(theirs STREQUAL own)
            continue()
        endif()
        if(theirs STREQUAL "" OR NOT DEFINED layer_${theirs})
            string(APPEND violations "\n  ${source} includes ${header}, which is in no layer")
            continue()
        endif()
        if(NOT layer_${theirs} LESS own_level)
            string(APPEND violations
                   "\n  ${source} (${own}, layer ${own_level}) includes ${header} (${theirs}, layer ${layer_${theirs}})")
        endif()
    endforeach()
endforeach()

if(NOT violations STREQUAL "")
    message(FATAL_ERROR "Includes that point upwards or sideways between layers:${violations}")
endif()
list(LENGTH sources files)
message(STATUS "${files} files, ${checked} includes of Terén headers: every one points downwards.")
