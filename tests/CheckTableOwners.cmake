# Fails when SQL naming one of the file's own bookkeeping tables appears outside the
# one file that owns the table (and the migrations that create it). Each table has a
# class that reads and writes it; everything else asks that class.
#
# Usage: cmake -DSOURCE_DIR=<tree> -P CheckTableOwners.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

set(owners
    "change=core/changes/ChangeLog.cpp"
    "conflict=core/changes/ConflictLog.cpp"
    "clock_clamp=core/changes/ClockClamps.cpp"
    "meta=core/store/Store.cpp"
    "contact_intervention=core/store/ContactLinks.cpp"
    "contact_need=core/store/ContactLinks.cpp"
    "duplicate_dismissed=core/store/Duplicates.cpp"
    "peer=core/sync/Peers.cpp"
    "bundle_in=core/sync/ImportedBundles.cpp"
    "enrolment=core/sync/Enrolment.cpp"
    "field_export=core/sync/ExportScope.cpp"
    "field_client=core/sync/ExportScope.cpp"
    "field_gone=core/sync/ExportScope.cpp"
    "sync_pending=core/sync/Merger.cpp"
    "statistical_snapshot=core/sync/StatisticalSnapshot.cpp"
    "statistical_row=core/sync/StatisticalSnapshot.cpp"
    "import_ref=core/io/CsvImportPeople.cpp")
set(migrations core/storage/Schema.cpp)

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(violations "")
foreach(entry IN LISTS owners)
    string(REPLACE "=" ";" pair ${entry})
    list(GET pair 0 table)
    list(GET pair 1 owner)
    foreach(source IN LISTS sources)
        if(source STREQUAL owner OR source IN_LIST migrations)
            continue()
        endif()
        file(STRINGS ${SOURCE_DIR}/${source} lines
             REGEX "(FROM|INTO|UPDATE|JOIN|TABLE|IN)[ \t]+(temp\\.)?${table}([^a-z_]|$)")
        if(lines)
            string(APPEND violations "\n  ${source} uses the table ${table}, which ${owner} owns")
        endif()
    endforeach()
endforeach()
if(NOT violations STREQUAL "")
    message(FATAL_ERROR "SQL outside the owner of a table:${violations}")
endif()
list(LENGTH owners count)
message(STATUS "${count} tables, each used by its owner only.")
