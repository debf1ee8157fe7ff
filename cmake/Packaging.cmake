# The Debian package: `cpack -G DEB` in the build folder writes teren_<version>_<arch>.deb
# from the install rules (docs/packaging.md). Its runtime dependencies come from
# dpkg-shlibdeps, which reads the executables' libraries; the SQLite driver Qt loads as a
# plugin is named by hand, as no executable links it.
include(GNUInstallDirs)

# Whoever builds the package for distribution puts their own name here.
set(TEREN_PACKAGE_MAINTAINER "The Terén developers <maintainers@teren.example.org>"
    CACHE STRING "The Maintainer field of the Debian package")

# What Debian expects of every package's documentation folder: the licence in its
# machine-readable form, and the changelog compressed for good (gzip -9n, no timestamp,
# so two builds make the same file). A version without a Debian revision makes a native
# package, whose changelog is changelog.gz.
set(teren_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/teren)
set(teren_changelog_gz ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${teren_changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
    COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh ${PROJECT_SOURCE_DIR}/packaging/changelog ${teren_changelog_gz}
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog
    VERBATIM)
add_custom_target(teren_changelog ALL DEPENDS ${teren_changelog_gz})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${teren_changelog_gz} DESTINATION ${teren_doc_dir})

# A manual page for each program (lintian asks for one), with the version filled in,
# compressed as Debian keeps them.
set(teren_man_pages "")
foreach(page teren teren-cli)
    set(source ${CMAKE_BINARY_DIR}/packaging/${page}.1)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/${page}.1.in ${source} @ONLY)
    add_custom_command(OUTPUT ${source}.gz
        COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh ${source} ${source}.gz
        DEPENDS ${source}
        VERBATIM)
    list(APPEND teren_man_pages ${source}.gz)
endforeach()
add_custom_target(teren_man_pages ALL DEPENDS ${teren_man_pages})
install(FILES ${teren_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME teren)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Terén developers")
set(CPACK_PACKAGE_CONTACT ${TEREN_PACKAGE_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# The package's folders are 0755 whatever the umask of whoever builds it.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_NAME teren)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own dialogs and buttons in Czech.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis, then the long description (CPack joins them).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline records for social field work and regional reports")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[Terén keeps the records of social field workers on their own computers:
clients, their needs by area in order of priority, individual plans with
goals and steps, the timeline of every goal, contacts and group work. It
needs no network connection and no server, and encrypts its databases.

A region's coordinator merges the workers' signed, encrypted bundles,
passed on a USB stick or by e-mail, and computes the regional report as
PDF, Excel or CSV. The interface is in Czech and English; teren-cli does
the same work from a terminal.]=])

include(CPack)
