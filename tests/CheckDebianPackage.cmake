# Builds the Debian package from a built tree and checks it as a user gets it: its
# control fields, every file it installs, and the programs run from the package's
# files unpacked into a throw-away root (with the system's libraries).
#
# Usage: cmake -DCPACK=<cpack> -DBINARY_DIR=<build> -DSOURCE_DIR=<tree> -DVERSION=<x.y.z>
#              -DWORK_DIR=<dir> -P CheckDebianPackage.cmake
cmake_minimum_required(VERSION 3.25)
foreach(variable CPACK BINARY_DIR SOURCE_DIR VERSION WORK_DIR)
    if(NOT ${variable})
        message(FATAL_ERROR "${variable} is not set")
    endif()
endforeach()

set(failures "")
function(fail what)
    set(failures "${failures}\n  ${what}" PARENT_SCOPE)
endfunction()

# Runs a command, failing the whole check at once when it does not exit with 0.
function(run out)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT code EQUAL 0)
        message(FATAL_ERROR "${ARGN} exited with ${code}:\n${output}${errors}")
    endif()
    set(${out} "${output}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
run(cpack_output ${CPACK} -G DEB --config ${BINARY_DIR}/CPackConfig.cmake -B ${WORK_DIR}/out)
run(architecture dpkg --print-architecture)
string(STRIP "${architecture}" architecture)
set(deb ${WORK_DIR}/out/teren_${VERSION}_${architecture}.deb)
if(NOT EXISTS ${deb})
    file(GLOB made ${WORK_DIR}/out/*.deb)
    message(FATAL_ERROR "cpack made no ${deb} (made: ${made})")
endif()

# The control fields.
run(info dpkg-deb --info ${deb})
message(STATUS "dpkg-deb --info:\n${info}")
function(expect_field field pattern)
    execute_process(COMMAND dpkg-deb --field ${deb} ${field} OUTPUT_VARIABLE value OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT value MATCHES "${pattern}")
        fail("${field}: \"${value}\" does not match \"${pattern}\"")
    endif()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()
string(REPLACE "." "\\." version_pattern ${VERSION})
expect_field(Package "^teren$")
expect_field(Version "^${version_pattern}$")
expect_field(Architecture "^${architecture}$")
expect_field(Section "^(misc|utils)$")
expect_field(Maintainer "^[^<]+ <[^@>]+@[^>]+>$")
expect_field(Description "^[a-z].+\n .+")
foreach(dependency libqt6core6 libqt6widgets6 libqt6sql6-sqlite libsodium23 libsqlite3-0 libc6)
    expect_field(Depends "(^|, )${dependency}( \\(|,|$)")
endforeach()

# Every file the package installs.
run(contents dpkg-deb --contents ${deb})
set(expected
    usr/bin/teren
    usr/bin/teren-cli
    usr/share/teren/translations/teren_cs.qm
    usr/share/teren/translations/teren_en.qm
    usr/share/applications/cz.terenapp.teren.desktop
    usr/share/metainfo/cz.terenapp.teren.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/teren.svg
    usr/share/doc/teren/copyright
    usr/share/doc/teren/changelog.gz
    usr/share/man/man1/teren.1.gz
    usr/share/man/man1/teren-cli.1.gz)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/teren.png)
endforeach()
file(GLOB_RECURSE guide_pages RELATIVE ${SOURCE_DIR}/docs/guide ${SOURCE_DIR}/docs/guide/*)
foreach(page IN LISTS guide_pages)
    list(APPEND expected usr/share/teren/guide/${page})
endforeach()
foreach(path IN LISTS expected)
    if(NOT contents MATCHES " \\./${path}\n")
        fail("the package does not install /${path}")
    endif()
endforeach()
if(NOT contents MATCHES "-rwxr-xr-x root/root [^\n]* \\./usr/bin/teren-cli\n")
    fail("/usr/bin/teren-cli is not an executable owned by root")
endif()

# The programs, run from the unpacked package.
set(root ${WORK_DIR}/root)
run(unpacked dpkg -x ${deb} ${root})
file(READ ${root}/usr/share/doc/teren/copyright copyright)
if(NOT copyright MATCHES "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
   OR NOT copyright MATCHES "License: GPL-3\\+\n")
    fail("/usr/share/doc/teren/copyright is not a machine-readable copyright file naming GPL-3+")
endif()
run(changelog gzip -dc ${root}/usr/share/doc/teren/changelog.gz)
if(NOT changelog MATCHES "^teren \\(${version_pattern}\\) ")
    fail("the changelog's first entry is not version ${VERSION}: packaging/changelog needs one")
endif()

run(manual gzip -dc ${root}/usr/share/man/man1/teren-cli.1.gz)
if(NOT manual MATCHES "^\\.TH TEREN-CLI 1 \"[0-9-]+\" \"Terén ${version_pattern}\"")
    fail("the manual page of teren-cli does not name version ${VERSION}")
endif()

# The metainfo, its desktop entry and icon, as a software centre reads them.
run(tree appstreamcli validate-tree --no-net --strict ${root})

set(cli ${root}/usr/bin/teren-cli)
run(version ${cli} --version)
if(NOT version STREQUAL "teren-cli ${VERSION}\n")
    fail("teren-cli --version printed \"${version}\"")
endif()
run(version ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY ${root}/usr/bin/teren --version)
if(NOT version STREQUAL "teren ${VERSION}\n")
    fail("teren --version printed \"${version}\"")
endif()
run(demo ${cli} demo --db ${root}/x.sqlite)
run(check ${cli} check --db ${root}/x.sqlite)
if(NOT check MATCHES "Integrity: ok")
    fail("teren-cli check on the demo database printed:\n${check}")
endif()

# The translations come from the package's files. In Czech the help is Czech; with the
# English file put in the Czech one's place it turns English, which the copy compiled
# into teren-cli could not do: the installed file is the one in use.
set(czech ${CMAKE_COMMAND} -E env --unset=LANGUAGE LC_ALL=cs_CZ.UTF-8 LANG=cs_CZ.UTF-8)
run(help ${czech} ${cli} --help)
if(NOT help MATCHES "^Použití: teren-cli PŘÍKAZ")
    fail("teren-cli --help in Czech printed:\n${help}")
endif()
file(COPY_FILE ${root}/usr/share/teren/translations/teren_en.qm ${root}/usr/share/teren/translations/teren_cs.qm)
run(help ${czech} ${cli} --help)
if(NOT help MATCHES "^Usage: teren-cli COMMAND")
    fail("teren-cli did not read /usr/share/teren/translations/teren_cs.qm from the package: it printed\n${help}")
endif()

if(failures)
    message(FATAL_ERROR "The Debian package ${deb}:${failures}")
endif()
message(STATUS "${deb}: fields, files and programs as expected")
